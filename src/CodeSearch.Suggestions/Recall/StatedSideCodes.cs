using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Recall;

/// <summary>
/// The code for the side a sentence states, under a code the wording found (ICD-10-CM Official Guidelines I.B.13,
/// laterality): "retinal hemorrhage in the right eye" finds the header H35.6 "Retinal hemorrhage" through its wording,
/// and H35.61 "Retinal hemorrhage, right eye" is its child for the stated side. Category siblings reach such a child
/// only when a train note was coded with it; most side codes never were. For every counted wording candidate, the
/// shallowest descendants that name a side are proposed when the found mention's sentence states that side and every
/// other word of the descendant's description is in the found code's description or in that sentence (a descendant
/// naming no side is walked through on the same terms: I63.5 → I63.51 "middle cerebral artery" → I63.511 right).
/// A code "unspecified" as to side (H53.009, M25.569) stands for its parent; one "affecting unspecified side" is left
/// to <see cref="StatedSide"/>, which renames it at ranking. When the sentence says "bilateral" or
/// "both" and the codes under the found one have no bilateral code, both the right and the left code are proposed,
/// as I.B.13 asks ("bilateral gonalgia": M25.561 and M25.562). Under an eye code, an eye abbreviation states the side
/// too ("RE", "OD", "LE", "OI": <see cref="EyeSides"/>). The child that leaves the side unspecified is proposed as well,
/// side stated or not ("retinal hemorrhages" finds the header H35.6 alone; H35.60 "Retinal hemorrhage, unspecified eye"
/// is the billable code for it, and coders often chose the unspecified eye even when the note names one). Dominance follows I.C.6.a: a right code must be the
/// dominant side's, a left code the non-dominant side's. Each proposal rests on the found mention (same sentence,
/// same assertion), its coverage the share of its own description's words the sentence holds; the ranker weighs it
/// as a category sibling.
/// </summary>
public static class StatedSideCodes
{
    /// <summary>Most candidates added per note.</summary>
    public const int MaxPerNote = 30;

    // Words a side code adds that the note need not state: the side's noun and the dominance wording.
    private static readonly string[] SideWords = ["right", "left", "bilateral", "eye", "side", "affecting", "dominant", "nondominant"];

    private sealed record Words(int Right, int Left, int Bilateral, HashSet<int> Side);

    private static readonly ConditionalWeakTable<TermDictionary, ConcurrentDictionary<int, int[]>> Stems = new();
    private static readonly ConditionalWeakTable<TermDictionary, Words> Known = new();

    /// <summary>New candidates for the stated side under the counted wording candidates of <paramref name="existing"/>.</summary>
    public static List<CodeCandidate> Find(IReadOnlyList<CodeCandidate> existing, string text, IReadOnlyList<NoteSentence> sentences,
        TermDictionary dictionary)
    {
        if (dictionary.System != CodeSystemId.Icd10Cm || existing.Count == 0) return [];
        var have = existing.Select(c => c.Code.Code).ToHashSet(StringComparer.Ordinal);
        var proposals = new List<(MedicalCode Code, Mention Mention, CodeCandidate Source, NoteSentence Sentence, bool Sided)>();
        var cache = Stems.GetValue(dictionary, _ => new());
        var known = Known.GetValue(dictionary, d => new Words(d.Vocabulary.Find(Stemmer.Stem("right")), d.Vocabulary.Find(Stemmer.Stem("left")),
            d.Vocabulary.Find(Stemmer.Stem("bilateral")), SideWords.Select(w => d.Vocabulary.Find(Stemmer.Stem(w))).Where(id => id >= 0).ToHashSet()));
        var perSentence = new Dictionary<int, (HashSet<int> Said, HashSet<Side> Sides)>();
        foreach (var source in existing.Where(c => !c.Excluded && c.Code.Code.Length >= 3)
                     .OrderByDescending(c => c.Best.Coverage).ThenBy(c => c.Code.Order))
        {
            // A code "affecting unspecified side" is renamed to the stated side's at ranking (Ranking/StatedSide).
            if (source.Code.Description.Contains("unspecified side", StringComparison.OrdinalIgnoreCase)) continue;
            // Most candidates are codes without children: nothing to look at.
            var anchor = Unsided(dictionary, source.Code) && source.Code.ParentCode is { } parent ? parent : source.Code.Code;
            if (!StatedSide.ChildrenOf(dictionary, anchor).Any()) continue;
            var mention = source.Basis.Where(m => m.Term.Source is not (TermSource.Neighbour or TermSource.Sibling))
                .OrderByDescending(m => m.Coverage).ThenByDescending(m => m.Compactness).FirstOrDefault();
            if (mention is null || mention.Sentence >= sentences.Count) continue;
            var sentence = sentences[mention.Sentence];
            if (!perSentence.TryGetValue(mention.Sentence, out var read))
            {
                var words = sentence.Words.Select(w => w.Stem).ToHashSet();
                perSentence[mention.Sentence] = read = (words, SidesSaid(words, known));
            }
            var (said, sides) = read;
            if (EyeSides.IsEyeCode(source.Code.Code) && EyeSides.Of(text.AsSpan(sentence.Span.Start, sentence.Span.Length)) is { } eye && eye.Any())
                sides = [.. sides, .. eye];
            var own = StemsOf(dictionary, cache, source.Code).Concat(StemsOf(dictionary, cache, dictionary.PositionOf(anchor) is var a && a >= 0
                ? dictionary.Codes[a] : source.Code)).ToHashSet();
            var (sided, unsided) = (new List<MedicalCode>(), new List<MedicalCode>());
            Walk(dictionary, cache, known, anchor, own, said, sided, unsided);
            var lower = sides.Count == 0 || sided.Count == 0 ? "" : text.Substring(sentence.Span.Start, sentence.Span.Length).ToLowerInvariant();
            proposals.AddRange(Pick(sided, sides, lower).Select(c => (c, mention, source, sentence, true)));
            proposals.AddRange(unsided.Select(c => (c, mention, source, sentence, false)));
        }
        // A candidate "affecting unspecified side" becomes its stated side's code at ranking (Ranking/StatedSide): its
        // siblings are left to that rule.
        var renamed = existing.Where(c => c.Code.ParentCode is not null && c.Code.Description.Contains("unspecified side", StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Code.ParentCode!).ToHashSet(StringComparer.Ordinal);
        if (renamed.Count > 0) proposals.RemoveAll(p => p.Code.ParentCode is { } parent && renamed.Contains(parent));
        // The stated side's codes first, then the unspecified ones, each in the order their found codes were taken.
        return proposals.OrderByDescending(p => p.Sided).Where(p => have.Add(p.Code.Code)).Take(MaxPerNote)
            .Select(p => Candidate(dictionary, cache, p.Code, p.Mention, p.Source, p.Sentence)).ToList();
    }

    // A code whose description leaves the side unspecified: "..., unspecified eye", "... affecting unspecified side", or
    // "unspecified <noun>" where a sibling reads "right <noun>" ("Pain in unspecified knee" beside "Pain in right knee").
    private static bool Unsided(TermDictionary dictionary, MedicalCode code)
    {
        var description = code.Description;
        var at = description.IndexOf("unspecified ", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || Specificity.SideOf(description) != Side.None) return false;
        if (description.Contains("unspecified eye", StringComparison.OrdinalIgnoreCase) || description.Contains("unspecified side", StringComparison.OrdinalIgnoreCase)
            || description.Contains("unspecified ear", StringComparison.OrdinalIgnoreCase)) return true;
        if (code.ParentCode is not { } parent) return false;
        var right = description.Remove(at, "unspecified".Length).Insert(at, "right");
        return StatedSide.ChildrenOf(dictionary, parent).Any(s => string.Equals(s.Description, right, StringComparison.OrdinalIgnoreCase));
    }

    // The descendants of parent that name a side, and those that leave it unspecified, shallowest first; a child naming
    // no side is walked through when its own words are all in the found code's description or the sentence.
    private static void Walk(TermDictionary dictionary, ConcurrentDictionary<int, int[]> cache, Words known, string parent, HashSet<int> own,
        HashSet<int> said, List<MedicalCode> sided, List<MedicalCode> unsided, int depth = 0)
    {
        if (depth > 3) return;
        foreach (var child in StatedSide.ChildrenOf(dictionary, parent))
        {
            var stems = StemsOf(dictionary, cache, child);
            if (!stems.All(s => own.Contains(s) || said.Contains(s) || known.Side.Contains(s))) continue;
            if (Specificity.SideOf(child.Description) != Side.None) sided.Add(child);
            else if (Unsided(dictionary, child)) unsided.Add(child);
            else Walk(dictionary, cache, known, child.Code, own, said, sided, unsided, depth + 1);
        }
    }

    // The sides the sentence states: right, left, bilateral ("both" too).
    private static HashSet<Side> SidesSaid(HashSet<int> said, Words known)
    {
        var sides = new HashSet<Side>();
        if (said.Contains(known.Right)) sides.Add(Side.Right);
        if (said.Contains(known.Left)) sides.Add(Side.Left);
        if (said.Contains(known.Bilateral)) sides.Add(Side.Bilateral);
        return sides;
    }

    // The side codes for the stated sides; bilateral with no bilateral code gives the right and the left ones.
    private static IEnumerable<MedicalCode> Pick(List<MedicalCode> sided, HashSet<Side> sides, string sentence)
    {
        var wanted = new HashSet<Side>(sides);
        if (sides.Contains(Side.Bilateral) && sided.All(c => Specificity.SideOf(c.Description) != Side.Bilateral))
        {
            wanted.Add(Side.Right);
            wanted.Add(Side.Left);
        }
        var nonDominantSaid = sentence.Contains("nondominant", StringComparison.Ordinal) || sentence.Contains("non-dominant", StringComparison.Ordinal);
        var dominantSaid = !nonDominantSaid && sentence.Contains("dominant", StringComparison.Ordinal);
        foreach (var code in sided)
        {
            var side = Specificity.SideOf(code.Description);
            if (!wanted.Contains(side)) continue;
            var lower = code.Description.ToLowerInvariant();
            var nonDominant = lower.Contains("nondominant") || lower.Contains("non-dominant");
            var dominant = !nonDominant && lower.Contains("dominant");
            // I.C.6.a: unstated dominance is the right side's; a stated one wins.
            if (dominant && !(dominantSaid || (!nonDominantSaid && side == Side.Right))) continue;
            if (nonDominant && !(nonDominantSaid || (!dominantSaid && side == Side.Left))) continue;
            yield return code;
        }
    }

    private static CodeCandidate Candidate(TermDictionary dictionary, ConcurrentDictionary<int, int[]> cache, MedicalCode code,
        Mention mention, CodeCandidate source, NoteSentence sentence)
    {
        var position = dictionary.PositionOf(code.Code);
        var ids = StemsOf(dictionary, cache, code);
        var present = ids.Count(s => sentence.Words.Any(w => w.Stem == s));
        var coverage = ids.Length == 0 ? 0f : (float)present / ids.Length;
        var term = new Term(position, $"the stated side of {mention.Term.Text}", TermSource.Sibling, ids.Length == 0 ? [0] : ids,
            (ids.Length == 0 ? [0] : ids).Select(_ => 1f).ToArray(), default, 0, 0);
        var sideMention = new Mention(mention.Sentence, term, -1, coverage, mention.Evidence, 0f, false, present)
        {
            Section = mention.Section, Assertion = mention.Assertion,
        };
        return new CodeCandidate(code, [sideMention], source.Chronic);
    }

    // The description's required stems as vocabulary ids (every description word is in the dictionary's vocabulary).
    private static int[] StemsOf(TermDictionary dictionary, ConcurrentDictionary<int, int[]> cache, MedicalCode code) =>
        cache.GetOrAdd(dictionary.PositionOf(code.Code), _ => TermParser.Parse(code.Description).Required.Select(Stemmer.Stem)
            .Select(dictionary.Vocabulary.Find).Where(id => id >= 0).Distinct().ToArray());
}
