using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Recall;

/// <summary>
/// Candidates for the other codes of a 3-character ICD-10-CM category the note's wording already found: when a
/// sentence names a condition, coders often assign a neighbouring code of the same category the wording did not reach
/// (a fracture's other site or encounter, "nephritic syndrome" with another morphology, the side the note states).
/// Only codes coded in at least one train note are proposed, at most <see cref="MaxPerNote"/> per note, most coded
/// first; each rests on the found code's best counted mention (same sentence, same assertion), with the share of its
/// own description's words that sentence holds as its coverage. A code that names a side, or one side of a
/// <see cref="ContrastingWords"/> pair, is proposed only when the sentence says so. The ranker decides through the
/// feature category_sibling.
/// </summary>
public static class CategorySiblings
{
    /// <summary>Most candidates added per note.</summary>
    public const int MaxPerNote = 40;

    /// <summary>Least train notes coded with a code for it to be proposed as a sibling.</summary>
    public const int MinTrainNotes = 1;

    // Words that make a code say something the sentence must state itself (stems, as the matcher compares them).
    private static readonly string[] Specifying = ["right", "left", "bilater", "domin", "nondomin"];

    private static readonly ConditionalWeakTable<TermDictionary, Dictionary<string, int[]>> Categories = new();
    // Per dictionary and priors: each category's members coded in at least MinTrainNotes train notes, in official
    // order, with their train notes (filtering first leaves the proposals as they were and skips thousands of lookups
    // per note in the large injury categories).
    private static readonly ConditionalWeakTable<TermDictionary, ConditionalWeakTable<CodePriors, Dictionary<string, (int Position, int Notes)[]>>> TrainCoded = new();
    private static readonly ConditionalWeakTable<TermDictionary, ConcurrentDictionary<int, (int[] Stems, string[] Specifying)>> Descriptions = new();

    /// <summary>New candidates in the categories of the counted wording candidates of <paramref name="existing"/>.</summary>
    public static List<CodeCandidate> Find(IReadOnlyList<CodeCandidate> existing, string text, IReadOnlyList<NoteSentence> sentences,
        TermDictionary dictionary, CodePriors priors)
    {
        if (dictionary.System != CodeSystemId.Icd10Cm || existing.Count == 0) return [];
        var have = existing.Select(c => c.Code.Code).ToHashSet(StringComparer.Ordinal);
        var byCategory = TrainCoded.GetValue(dictionary, _ => new()).GetValue(priors, p => TrainCodedMembers(dictionary, p));
        var proposals = new List<(int Position, int Notes, Mention Source)>();
        foreach (var source in existing.Where(c => !c.Excluded && c.Code.Code.Length >= 3)
                     .Where(c => c.Basis.Any(m => m.Term.Source is not (TermSource.Neighbour or TermSource.Sibling)))
                     .OrderByDescending(c => c.Best.Coverage).ThenBy(c => c.Code.Order))
        {
            if (!byCategory.TryGetValue(source.Code.Code[..3], out var members)) continue;
            var mention = source.Basis.Where(m => m.Term.Source is not (TermSource.Neighbour or TermSource.Sibling))
                .OrderByDescending(m => m.Coverage).ThenByDescending(m => m.Compactness).First();
            foreach (var (at, notes) in members)
            {
                if (have.Add(dictionary.Codes[at].Code)) proposals.Add((at, notes, mention));
            }
        }
        var found = new List<CodeCandidate>();
        Dictionary<int, HashSet<string>>? said = null;
        foreach (var (at, _, source) in proposals.OrderByDescending(p => p.Notes).ThenBy(p => dictionary.Codes[p.Position].Order))
        {
            if (found.Count >= MaxPerNote) break;
            if (source.Sentence >= sentences.Count) continue;
            var sentence = sentences[source.Sentence];
            var (stems, specifying) = Descriptions.GetValue(dictionary, _ => new()).GetOrAdd(at, p => Describe(dictionary, p));
            if (specifying.Length > 0 && !States(StemsSaid(text, sentences, source.Sentence, ref said), specifying)) continue;
            var present = stems.Count(s => sentence.Words.Any(w => w.Stem == s));
            var coverage = stems.Length == 0 ? 0f : (float)present / stems.Length;
            var term = new Term(at, $"a code of the category of {source.Term.Text}", TermSource.Sibling, stems,
                stems.Select(_ => 1f).ToArray(), default, 0, 0);
            var mention = new Mention(source.Sentence, term, -1, coverage, source.Evidence, 0f, false, present)
            {
                Section = source.Section, Assertion = source.Assertion,
            };
            found.Add(new CodeCandidate(dictionary.Codes[at], [mention]));
        }
        return found;
    }

    // Billable codes and categories of each 3-character category, in official order.
    private static Dictionary<string, int[]> BuildCategories(TermDictionary dictionary)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < dictionary.Codes.Length; i++)
        {
            var code = dictionary.Codes[i].Code;
            if (code.Length < 3) continue;
            if (!map.TryGetValue(code[..3], out var list)) map[code[..3]] = list = [];
            list.Add(i);
        }
        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    // The description's required stems (ids in the dictionary's vocabulary) and the specifying stems it holds.
    private static (int[] Stems, string[] Specifying) Describe(TermDictionary dictionary, int position)
    {
        var parsed = TermParser.Parse(dictionary.Codes[position].Description);
        var stems = parsed.Required.Select(Stemmer.Stem).ToList();
        var specifying = stems.Where(s => Specifying.Contains(s) || ContrastingWords.Pairs.Any(p => p.One.Contains(s) || p.Other.Contains(s)))
            .Distinct().ToArray();
        var ids = stems.Select(dictionary.Vocabulary.Find).Where(id => id >= 0).Distinct().ToArray();
        return (ids.Length == 0 ? [0] : ids, specifying);
    }

    private static Dictionary<string, (int Position, int Notes)[]> TrainCodedMembers(TermDictionary dictionary, CodePriors priors)
    {
        var map = new Dictionary<string, (int Position, int Notes)[]>(StringComparer.Ordinal);
        foreach (var (category, members) in Categories.GetValue(dictionary, BuildCategories))
        {
            var coded = members.Select(at => (Position: at, Notes: priors.Count(CodeSystemId.Icd10Cm, dictionary.Codes[at].Code)))
                .Where(m => m.Notes >= MinTrainNotes).ToArray();
            if (coded.Length > 0) map[category] = coded;
        }
        return map;
    }

    // The stems a sentence says ("both" states bilateral), split once per sentence and note.
    private static HashSet<string> StemsSaid(string text, IReadOnlyList<NoteSentence> sentences, int index, ref Dictionary<int, HashSet<string>>? said)
    {
        said ??= [];
        if (said.TryGetValue(index, out var stems)) return stems;
        var sentence = sentences[index];
        stems = WordSplitter.Words(text.Substring(sentence.Span.Start, sentence.Span.Length)).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        if (stems.Contains("both")) stems.Add("bilater");
        return said[index] = stems;
    }

    // True when the sentence states every specifying word of the code.
    private static bool States(HashSet<string> said, string[] specifying) => specifying.All(said.Contains);
}
