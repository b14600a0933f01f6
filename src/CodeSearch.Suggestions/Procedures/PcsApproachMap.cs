namespace CodeSearch.Suggestions.Procedures;

/// <summary>
/// For each usual code of a composed procedure wording, the code under each other approach of its body part (the
/// 5th character of a surgical table), and the approach wording of Data/pcs-procedure-words.tsv, so that a sentence
/// stating an approach moves the candidate to that approach's code ("laparoscopic" → percutaneous endoscopic).
/// </summary>
public sealed class PcsApproachMap(IReadOnlyDictionary<string, IReadOnlyList<(string[] Label, string Code)>> codes,
    IReadOnlyList<ProcedureWord> wording)
{
    /// <summary>An empty map (no ICD-10-PCS release, or no approach wording).</summary>
    public static readonly PcsApproachMap Empty = new(new Dictionary<string, IReadOnlyList<(string[], string)>>(), []);

    /// <summary>Usual codes with approach alternatives.</summary>
    public int Count => codes.Count;

    /// <summary>The code under the approach a sentence (its stems) states for <paramref name="usualCode"/>'s body part;
    /// null when the sentence states none the body part has, or the stated one is the usual code's own. The longest
    /// matching approach wording wins ("percutaneous endoscopic" over "percutaneous").</summary>
    public string? Refine(string usualCode, IReadOnlySet<string> sentenceStems)
    {
        if (!codes.TryGetValue(usualCode, out var alternatives) || alternatives.Count == 0) return null;
        foreach (var word in wording.Where(w => w.Stems.All(sentenceStems.Contains)).OrderByDescending(w => w.Stems.Length))
        {
            foreach (var (label, code) in alternatives)
            {
                if (ProcedureTerms.SameSet(label, word.Approach)) return code == usualCode ? null : code;
            }
        }
        return null;
    }
}
