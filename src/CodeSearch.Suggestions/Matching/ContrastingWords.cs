using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Codes that differ from a sibling by one contrasting word ("Methicillin susceptible Staphylococcus aureus ..." B95.61
/// and "Methicillin resistant ..." B95.62). A mention of a code whose description holds one side of a contrast while
/// its sentence states only the other side ("methicillin-resistant", MRSA) is moved to the sibling that says what the
/// sentence says, or dropped when the release has no such sibling: a learned phrase or a partial match ("Staphylococcus
/// aureus") must not suggest the susceptible code for a resistant organism, nor the reverse.
/// </summary>
public static class ContrastingWords
{
    /// <summary>The contrasts, as stems: each side's words ("MRSA" and "MSSA" state a side by themselves).</summary>
    public static readonly IReadOnlyList<(string[] One, string[] Other)> Pairs =
    [
        (["resist", "mrsa"], ["suscept", "sensit", "mssa"]),
    ];

    private static readonly ConditionalWeakTable<TermDictionary, ConcurrentDictionary<int, int>> Siblings = new();

    /// <summary>The mentions with contradicted ones moved to their sibling (or dropped).</summary>
    public static List<Mention> Apply(TermDictionary dictionary, string text, NoteSentence sentence, List<Mention> mentions)
    {
        if (mentions.Count == 0) return mentions;
        HashSet<string>? said = null;
        List<Mention>? result = null;
        foreach (var (one, other) in Pairs)
        {
            if (!mentions.Any(m => Holds(dictionary, m.Term.CodePosition, one) || Holds(dictionary, m.Term.CodePosition, other))) continue;
            // The sentence's own words: a stem the dictionary never saw ("sensitive") still states a side.
            said ??= Stems(text[sentence.Span.Start..sentence.Span.End]).ToHashSet(StringComparer.Ordinal);
            var saysOne = one.Any(said.Contains);
            var saysOther = other.Any(said.Contains);
            if (saysOne == saysOther) continue;
            var (stated, contradicted) = saysOne ? (one, other) : (other, one);
            foreach (var m in mentions)
            {
                var position = m.Term.CodePosition;
                if (!Holds(dictionary, position, contradicted)) continue;
                result ??= [.. mentions];
                result.Remove(m);
                var sibling = Sibling(dictionary, position, contradicted, stated);
                if (sibling >= 0 && result.All(r => r.Term.CodePosition != sibling))
                {
                    result.Add(m with { Term = m.Term with { CodePosition = sibling } });
                }
            }
        }
        return result ?? mentions;
    }

    private static readonly ConditionalWeakTable<TermDictionary, ConcurrentDictionary<int, string[]>> Descriptions = new();

    private static bool Holds(TermDictionary dictionary, int position, string[] stems) =>
        Descriptions.GetValue(dictionary, _ => new ConcurrentDictionary<int, string[]>())
            .GetOrAdd(position, p => Stems(dictionary.Codes[p].Description).ToArray()).Any(stems.Contains);

    // The code under the same parent whose description is this one's with the contradicted word replaced by a stated one.
    private static int Sibling(TermDictionary dictionary, int position, string[] contradicted, string[] stated) =>
        Siblings.GetValue(dictionary, _ => new ConcurrentDictionary<int, int>()).GetOrAdd(position, p =>
        {
            var code = dictionary.Codes[p];
            var own = Stems(code.Description).Where(s => !contradicted.Contains(s)).ToList();
            for (var i = 0; i < dictionary.Codes.Length; i++)
            {
                var other = dictionary.Codes[i];
                if (i == p || other.ParentCode != code.ParentCode || other.Code.Length != code.Code.Length) continue;
                var words = Stems(other.Description);
                if (words.Any(stated.Contains) && words.Where(s => !stated.Contains(s)).SequenceEqual(own)) return i;
            }
            return -1;
        });

    private static List<string> Stems(string text) => WordSplitter.Words(text).Select(Stemmer.Stem).ToList();
}
