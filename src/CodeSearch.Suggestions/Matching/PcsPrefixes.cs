using CodeSearch.Core;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Resolves truncated ICD-10-PCS codes to a code of the release. CodiEsp coders truncate a procedure code to its first
/// 4 characters (section, body system, root operation, body part) when the text does not state the approach, device
/// or qualifier, so phrases learned from them name "0DT6", which is not a code. Such a phrase stands for the whole
/// prefix; it is attached to the prefix's <b>first billable code in official order</b> (the table's first row:
/// for most root operations the open approach, no device, no qualifier), which a coder then refines. Any code under
/// the prefix scores as the truncated gold code does.
/// </summary>
public static class PcsPrefixes
{
    /// <summary>Position in <paramref name="table"/> of the code each of <paramref name="truncated"/> resolves to;
    /// codes with no billable code under them are absent. Empty for other systems.</summary>
    public static Dictionary<string, int> For(CodeSystemId system, IReadOnlyList<MedicalCode> table, IEnumerable<string> truncated)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (system != CodeSystemId.Icd10Pcs) return result;
        var wanted = truncated.Where(c => c.Length is > 0 and < 7).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0) return result;
        var lengths = wanted.Select(c => c.Length).Distinct().ToArray();
        var best = new Dictionary<string, (int Order, int Position)>(StringComparer.Ordinal);
        for (var i = 0; i < table.Count; i++)
        {
            var code = table[i];
            if (!code.Billable) continue;
            foreach (var length in lengths)
            {
                if (code.Code.Length <= length) continue;
                var prefix = code.Code[..length];
                if (!wanted.Contains(prefix)) continue;
                var order = code.Order > 0 ? code.Order : int.MaxValue;
                if (!best.TryGetValue(prefix, out var current) || (order, i).CompareTo(current) < 0) best[prefix] = (order, i);
            }
        }
        foreach (var (prefix, at) in best) result[prefix] = at.Position;
        return result;
    }
}
