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
    /// <summary>Least similarity-weighted share of the neighbours coded with a code.</summary>
    public const double MinVote = 0.15;

    /// <summary>Most candidates added per note.</summary>
    public const int MaxPerNote = 15;

    /// <summary>The wording shown in the rationale.</summary>
    public const string Wording = "codes of similar train notes";

    /// <summary>New candidates for codes of <paramref name="votes"/> not among <paramref name="existing"/>.</summary>
    public static List<CodeCandidate> Find(IReadOnlyDictionary<string, double> votes, IEnumerable<CodeCandidate> existing, string text,
        IReadOnlyList<NoteSentence> sentences, TermDictionary dictionary, CodeTopics topics)
    {
        var found = new List<CodeCandidate>();
        var have = existing.Select(c => c.Code.Code).ToHashSet(StringComparer.Ordinal);
        List<HashSet<string>>? sentenceStems = null;
        foreach (var (code, vote) in votes.Where(v => v.Value >= MinVote && !have.Contains(v.Key))
                     .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal))
        {
            if (found.Count >= MaxPerNote) break;
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
            var term = new Term(at, Wording, TermSource.Neighbour, ids, ids.Select(_ => 1f).ToArray(), [], 0, 0);
            var sentence = sentences[best];
            var mention = new Mention(best, term, -1, 0f, sentence.Span, 0f, false, matched.Count)
            {
                Section = sentence.Section, Assertion = Assertion.AssertionKind.Present,
            };
            found.Add(new CodeCandidate(dictionary.Codes[at], [mention]) { NeighbourVote = vote });
        }
        return found;
    }
}
