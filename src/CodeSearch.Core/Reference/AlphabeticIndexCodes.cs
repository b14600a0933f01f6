namespace CodeSearch.Core.Reference;

/// <summary>Codes as printed in the indexes and tables ("T39.1X1", "C79.8-", "--") in their undotted lookup form.</summary>
public static class AlphabeticIndexCodes
{
    /// <summary>True when a printed code ends in "-": more characters are required. An empty cell ("-", "--") is no code.</summary>
    public static bool NeedsMoreCharacters(string printed) => Normalize(printed) is not null && printed.TrimEnd().EndsWith('-');

    /// <summary>Undotted, upper case, trailing "-" removed; null for an empty cell ("-", "--").</summary>
    public static string? Normalize(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var text = printed.Trim().TrimEnd('-').Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Every code an entry gives: its code, its manifestation code and its table cells.</summary>
    public static IEnumerable<string> All(AlphabeticIndexEntry entry)
    {
        if (Normalize(entry.Code) is { } code) yield return code;
        if (Normalize(entry.ManifestationCode) is { } manif) yield return manif;
        foreach (var cell in entry.Cells)
        {
            if (Normalize(cell.Code) is { } value) yield return value;
        }
    }
}
