using CodeSearch.Core.Reference;

namespace CodeSearch.Importer.Tabular;

/// <summary>
/// Builds the 7-character codes the Tabular List leaves implicit: every leaf diag that is, or sits under, a diag with
/// 7th-character definitions takes each of the nearest definitions' characters, the code padded with "X" to 6 characters first
/// (S72.001 + A = S72001A, S32.2 + A = S322XXA, T39.1X1 + A = T391X1A).
/// </summary>
/// <remarks>
/// One exception is stated only in prose (the S06 7th-character note): D and S do not apply to S06 codes whose 6th
/// character is 7 or 8 (death before regaining consciousness). It is applied here so the result matches the order file.
/// </remarks>
public static class SevenCharacterExpander
{
    /// <summary>The generated codes in tabular order, each leaf's characters in definition order.</summary>
    public static IReadOnlyList<SevenCharacterCode> Expand(TabularList tabular)
    {
        // One pass in document order: a parent diag always precedes its children, and looking parents up only among diags
        // seen so far keeps a one-category section ("E36") apart from its category (also "E36").
        var effective = new Dictionary<string, IReadOnlyList<SevenCharacter>>(StringComparer.Ordinal);
        var withChildren = new HashSet<string>(StringComparer.Ordinal);
        var diags = tabular.Nodes.Where(n => n.Level == TabularLevel.Code).ToList();
        foreach (var diag in diags)
        {
            IReadOnlyList<SevenCharacter> inherited = [];
            if (diag.ParentId is { } parent && effective.TryGetValue(parent, out var fromParent))
            {
                inherited = fromParent;
                withChildren.Add(parent);
            }
            effective[diag.Id] = diag.SevenCharacters.Count > 0 ? diag.SevenCharacters : inherited;
        }

        var codes = new List<SevenCharacterCode>();
        foreach (var diag in diags)
        {
            if (withChildren.Contains(diag.Id)) continue;
            var stem = diag.Id.PadRight(6, 'X');
            foreach (var seventh in effective[diag.Id])
            {
                if (IsExcluded(stem, seventh.Character)) continue;
                codes.Add(new SevenCharacterCode(stem + seventh.Character, diag.Description + ", " + seventh.Description, diag.Id));
            }
        }
        return codes;
    }

    private static bool IsExcluded(string stem, char seventh) =>
        stem.StartsWith("S06", StringComparison.Ordinal) && stem[5] is ('7' or '8') && seventh is ('D' or 'S');
}
