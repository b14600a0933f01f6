namespace CodeSearch.Importer.Icd10;

/// <summary>
/// Finds each code's parent: the nearest strictly shorter prefix that is itself in the same file
/// (E119 -> E11; E1165 -> E116 when present, else E11; PCS 0016070 -> 001).
/// </summary>
public sealed class ParentResolver
{
    private readonly HashSet<string> _codes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Indexes the codes of one file.</summary>
    public ParentResolver(IEnumerable<string> codes)
    {
        _codes = new HashSet<string>(codes, StringComparer.Ordinal);
        _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The parent code, or null for a top-level code (no shorter prefix present).</summary>
    public string? ParentOf(string code)
    {
        for (var length = code.Length - 1; length > 0; length--)
        {
            if (_lookup.TryGetValue(code.AsSpan(0, length), out var parent)) return parent;
        }
        return null;
    }
}
