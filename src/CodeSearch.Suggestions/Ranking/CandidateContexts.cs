using CodeSearch.Suggestions.Guidelines;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// The context stage: for each candidate of a note, what the other candidates and the note as a whole say about it
/// (<see cref="CandidateContext"/>). Reads the candidates, never changes them.
/// </summary>
public static class CandidateContexts
{
    /// <summary>
    /// The context of each of <paramref name="candidates"/>, in the same order. <paramref name="note"/> is the note's
    /// topic vector (null without topics), <paramref name="votes"/> the neighbours' votes (null without neighbours).
    /// </summary>
    public static CandidateContext[] For(IReadOnlyList<CodeCandidate> candidates, CodeTopics? topics,
        Dictionary<string, float>? note, IReadOnlyDictionary<string, double>? votes, TabularNotePairs? notePairs)
    {
        var contexts = new CandidateContext[candidates.Count];
        var (rivals, strongest) = CompareWithinCategories(candidates);
        var named = notePairs?.Named(candidates);
        var explained = ExplainedSymptoms.For(candidates, topics);
        var inLonger = WordingElsewhere.For(candidates);
        for (var i = 0; i < contexts.Length; i++)
        {
            var code = candidates[i].Code;
            contexts[i] = new CandidateContext(
                rivals[i],
                strongest[i],
                named?[i] ?? false,
                note is null ? 0 : topics!.Similarity(code.System, code.Code, note),
                votes?.GetValueOrDefault(code.Code) ?? 0) { ExplainedBy = explained[i], InLongerWording = inLonger[i] };
        }
        return contexts;
    }

    // Each candidate's rivals in its 3-character category and whether it is the best supported of them (coverage,
    // then sentences, then matched words): coders pick one code per condition, so a weaker sibling is seldom right.
    private static (int[] Rivals, bool[] Strongest) CompareWithinCategories(IReadOnlyList<CodeCandidate> candidates)
    {
        var rivals = new int[candidates.Count];
        var strongest = new bool[candidates.Count];
        Array.Fill(strongest, true);
        var groups = Enumerable.Range(0, candidates.Count)
            .GroupBy(i => (candidates[i].Code.System, Category: candidates[i].Code.Code[..Math.Min(3, candidates[i].Code.Code.Length)]));
        foreach (var group in groups)
        {
            var members = group.ToList();
            if (members.Count == 1) continue;
            var top = members.Max(i => NoteContext.Strength(candidates[i]));
            foreach (var i in members)
            {
                rivals[i] = members.Count - 1;
                strongest[i] = NoteContext.Strength(candidates[i]) >= top;
            }
        }
        return (rivals, strongest);
    }
}
