using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// Signs and symptoms a stated diagnosis explains (Official Guidelines I.B.5: signs and symptoms routinely associated
/// with a disease process are not coded in addition to it). For each ICD-10-CM symptom candidate (chapter R), how
/// close its train topic (<see cref="CodeTopics"/>: what the notes coded with it are about) is to that of the closest
/// diagnosis the note states in full: a counted candidate of a disease or injury chapter (A-Q, S-T) whose wording
/// matched completely. "Hematuria" beside "renal lithiasis" scores high (both are coded in urology notes), "pain"
/// beside "hypothyroidism" low. A ranking feature, not a filter: the ranker learns how far to trust it.
/// </summary>
public static class ExplainedSymptoms
{
    /// <summary>For each of <paramref name="candidates"/>, the greatest topic cosine between it (a symptom code) and
    /// a fully stated diagnosis of the note; 0 for codes that are not symptoms, or without topics.</summary>
    public static double[] For(IReadOnlyList<CodeCandidate> candidates, CodeTopics? topics)
    {
        var explained = new double[candidates.Count];
        if (topics is null || topics.Codes.Count == 0) return explained;
        List<int>? diagnoses = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!IsSymptom(candidates[i].Code)) continue;
            diagnoses ??= StatedDiagnoses(candidates);
            var best = 0.0;
            foreach (var j in diagnoses) best = Math.Max(best, topics.Similarity(candidates[i].Code, candidates[j].Code));
            explained[i] = best;
        }
        return explained;
    }

    /// <summary>An ICD-10-CM code of chapter R (symptoms, signs and abnormal findings).</summary>
    public static bool IsSymptom(MedicalCode code) => code.System == CodeSystemId.Icd10Cm && code.Code.Length > 0 && code.Code[0] == 'R';

    /// <summary>An ICD-10-CM code of a disease or injury chapter: A-Q, S-T (not symptoms, factors or external causes).</summary>
    public static bool IsDiagnosis(MedicalCode code) => code.System == CodeSystemId.Icd10Cm && code.Code.Length > 0
        && code.Code[0] is (>= 'A' and <= 'Q') or 'S' or 'T';

    private static List<int> StatedDiagnoses(IReadOnlyList<CodeCandidate> candidates)
    {
        var stated = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (IsDiagnosis(c.Code) && !c.Excluded && c.Best.Coverage >= 0.999f && IsWording(c.Best.Term.Source)) stated.Add(i);
        }
        return stated;
    }

    /// <summary>A wording the note's words matched (not a code brought in by a category or the nearest notes).</summary>
    public static bool IsWording(TermSource source) => source is TermSource.Description or TermSource.Synonym
        or TermSource.Learned or TermSource.Guideline or TermSource.NeoplasmTable or TermSource.Composed;
}
