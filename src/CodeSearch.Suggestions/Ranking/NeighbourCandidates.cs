using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// Candidates no wording found, proposed by the note's nearest train notes (<see cref="NoteNeighbours"/>): a code
/// at least <see cref="MinVote"/> of the neighbours' similarity was coded with, at most <see cref="MaxPerNote"/> per
/// note, strongest vote first. Its one mention is the sentence holding most of the code's topic stems
/// (<see cref="CodeTopics"/>), so a coder sees which sentence it rests on; a code whose topic shares no stem with the
/// note is not proposed. The ranker weighs such candidates by the features neighbour_vote and neighbour_only.
/// </summary>
public static class NeighbourCandidates
{
    /// <summary>Least similarity-weighted share of the neighbours coded with a code (ICD-10-CM).</summary>
    public const double MinVote = 0.15;

    /// <summary>Most candidates added per note (ICD-10-CM).</summary>
    public const int MaxPerNote = 15;

    /// <summary>
    /// Least vote for an ICD-10-PCS code: procedure notes carry about 4 codes against about 11 diagnoses, so fewer
    /// candidates compete and a weaker vote still pays (CodiEsp-P dev, learned from train only).
    /// </summary>
    public const double MinVoteProcedures = 0.10;

    /// <summary>Most ICD-10-PCS candidates added per note.</summary>
    public const int MaxPerNoteProcedures = 25;

    /// <summary>The wording shown in the rationale.</summary>
    public const string Wording = "codes of similar train notes";

    /// <summary>
    /// New candidates for codes of <paramref name="votes"/> whose category (ICD-10-CM: 3 characters; ICD-10-PCS: 4) has
    /// no candidate yet. Where wording found a code of the category, the neighbours add nothing: that condition was read
    /// from the note, with its assertion (a negated "cholecystectomy") and its wording rules (resistant, not
    /// susceptible), which a code proposed without wording must not undo.
    /// </summary>
    public static List<CodeCandidate> Find(IReadOnlyDictionary<string, double> votes, IEnumerable<CodeCandidate> existing, string text,
        IReadOnlyList<NoteSentence> sentences, TermDictionary dictionary, CodeTopics topics)
    {
        var found = new List<CodeCandidate>();
        var have = existing.Select(c => Category(c.Code.Code, dictionary.System)).ToHashSet(StringComparer.Ordinal);
        List<HashSet<string>>? sentenceStems = null;
        var procedures = dictionary.System == CodeSearch.Core.CodeSystemId.Icd10Pcs;
        var (minVote, maxPerNote) = procedures ? (MinVoteProcedures, MaxPerNoteProcedures) : (MinVote, MaxPerNote);
        foreach (var (code, _) in votes.Where(v => v.Value >= minVote && !have.Contains(Category(v.Key, dictionary.System)))
                     .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal))
        {
            if (found.Count >= maxPerNote) break;
            var at = dictionary.PositionOf(code);
            if (at < 0 || !topics.Codes.TryGetValue((dictionary.System, code), out var topic)) continue;
            sentenceStems ??= sentences.Select(s => CodeTopics.Stems(text.Substring(s.Span.Start, s.Span.Length)).ToHashSet(StringComparer.Ordinal)).ToList();
            var (best, weight) = (-1, 0.0);
            for (var i = 0; i < sentenceStems.Count; i++)
            {
                var w = sentenceStems[i].Sum(s => (double)topic.GetValueOrDefault(s));
                if (w > weight) (best, weight) = (i, w);
            }
            if (best < 0) continue;
            var matched = sentenceStems[best].Where(topic.ContainsKey).ToList();
            var ids = matched.Select(dictionary.Vocabulary.Find).Where(id => id >= 0).Distinct().ToArray();
            if (ids.Length == 0) ids = [0];
            var term = new Term(at, Wording, TermSource.Neighbour, ids, ids.Select(_ => 1f).ToArray(), default, 0, 0);
            var sentence = sentences[best];
            var mention = new Mention(best, term, -1, 0f, sentence.Span, 0f, false, matched.Count)
            {
                Section = sentence.Section, Assertion = Assertion.AssertionKind.Present,
            };
            found.Add(new CodeCandidate(dictionary.Codes[at], [mention]));
        }
        return found;
    }

    // ICD-10-CM category (3 characters) or ICD-10-PCS body part within its operation (4 characters).
    private static string Category(string code, CodeSearch.Core.CodeSystemId system) =>
        code[..Math.Min(code.Length, system == CodeSearch.Core.CodeSystemId.Icd10Pcs ? 4 : 3)];
}
