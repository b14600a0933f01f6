using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Procedures;

/// <summary>
/// Moves a composed procedure mention to the code of the approach its sentence states ("laparoscopic
/// cholecystectomy": 0FT40ZZ, the open usual code, becomes 0FT44ZZ, percutaneous endoscopic), using the dictionary's
/// <see cref="PcsApproachMap"/>. A learned phrase of such a usual code moves too: most stand for a truncated gold code
/// attached to the prefix's first code (Matching/PcsPrefixes), so any approach under it is as right. Description
/// mentions stay where they are; mentions moved onto a code that is already a candidate join it.
/// </summary>
public static class ProcedureApproaches
{
    /// <summary>The candidates with stated approaches applied (the same list when there is nothing to move).</summary>
    public static List<CodeCandidate> Apply(List<CodeCandidate> candidates, string text, IReadOnlyList<NoteSentence> sentences,
        TermDictionary dictionary)
    {
        if (dictionary.Approaches.Count == 0 || candidates.Count == 0) return candidates;
        var stems = new Dictionary<int, IReadOnlySet<string>>();
        var moved = new Dictionary<int, List<Mention>>();
        var result = new List<CodeCandidate>(candidates.Count);
        foreach (var c in candidates)
        {
            var keep = new List<Mention>(c.Mentions.Count);
            foreach (var m in c.Mentions)
            {
                if (m.Term.Source is TermSource.Composed or TermSource.Learned
                    && dictionary.Approaches.Refine(c.Code.Code, SentenceStems(m.Sentence)) is { } code
                    && dictionary.PositionOf(code) is var at and >= 0)
                {
                    (moved.TryGetValue(at, out var list) ? list : moved[at] = []).Add(m);
                }
                else keep.Add(m);
            }
            if (keep.Count == c.Mentions.Count) result.Add(c);
            else if (keep.Count > 0) result.Add(new CodeCandidate(c.Code, keep, c.Chronic) { Derived = c.Derived });
        }
        foreach (var (at, mentions) in moved)
        {
            var code = dictionary.Codes[at];
            var existing = result.FindIndex(c => c.Code.Code == code.Code);
            if (existing < 0)
            {
                result.Add(new CodeCandidate(code, mentions.OrderBy(m => m.Evidence.Start).ToList()));
                continue;
            }
            var joined = result[existing].Mentions.Concat(mentions).OrderBy(m => m.Evidence.Start).ToList();
            result[existing] = new CodeCandidate(code, joined, result[existing].Chronic) { Derived = result[existing].Derived };
        }
        return result;

        IReadOnlySet<string> SentenceStems(int sentence)
        {
            if (stems.TryGetValue(sentence, out var found)) return found;
            var span = sentences[sentence].Span;
            return stems[sentence] = ProcedureWords.Stems(text.Substring(span.Start, span.Length)).ToHashSet(StringComparer.Ordinal);
        }
    }
}
