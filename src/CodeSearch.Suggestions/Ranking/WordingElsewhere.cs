using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// An ICD-10-CM wording the note also states in a longer form, anywhere in the note: the candidate's best wording's required
/// words are all among those of another counted candidate's wording, matched in full, that has more of them ("pain"
/// for R52 when another sentence says "abdominal pain", R10.9). <see cref="Pipeline.Mention.Subsumed"/> sees this
/// within one sentence only; coders code the specific condition once and not the bare word stated elsewhere.
/// </summary>
public static class WordingElsewhere
{
    /// <summary>For each of <paramref name="candidates"/>, whether a longer fully matched wording of another counted
    /// candidate holds every required word of its best wording.</summary>
    public static bool[] For(IReadOnlyList<CodeCandidate> candidates)
    {
        var inLonger = new bool[candidates.Count];
        var longer = new List<int>();
        for (var j = 0; j < candidates.Count; j++)
        {
            var c = candidates[j];
            if (!c.Excluded && c.Best.Coverage >= 0.999f && ExplainedSymptoms.IsWording(c.Best.Term.Source)) longer.Add(j);
        }
        if (longer.Count == 0) return inLonger;
        for (var i = 0; i < candidates.Count; i++)
        {
            var term = candidates[i].Best.Term;
            if (candidates[i].Code.System != CodeSystemId.Icd10Cm || !ExplainedSymptoms.IsWording(term.Source) || term.Required.Length == 0) continue;
            foreach (var j in longer)
            {
                if (j == i || string.Equals(candidates[j].Code.Code, candidates[i].Code.Code, StringComparison.Ordinal)) continue;
                var other = candidates[j].Best.Term.Required;
                if (other.Length > term.Required.Length && Contains(other, term.Required))
                {
                    inLonger[i] = true;
                    break;
                }
            }
        }
        return inLonger;
    }

    private static bool Contains(ReadOnlyMemory<int> set, ReadOnlyMemory<int> subset)
    {
        var all = set.Span;
        foreach (var s in subset.Span)
        {
            if (all.IndexOf(s) < 0) return false;
        }
        return true;
    }
}
