namespace CodeSearch.Core.Reference;

/// <summary>Which alphabetic index or table an entry belongs to.</summary>
public enum AlphabeticIndexKind
{
    Diseases = 1,
    Neoplasms = 2,
    Drugs = 3,
    ExternalCauses = 4,
}

/// <summary>
/// One main term or subterm of an index, with its full path: e.g. Neoplasm › liver, Hypertension › with › heart failure.
/// </summary>
public sealed record AlphabeticIndexEntry
{
    public required AlphabeticIndexKind Index { get; init; }
    /// <summary>Titles from the main term down to this term, nonessential modifiers removed.</summary>
    public required IReadOnlyList<string> Path { get; init; }
    /// <summary>Nonessential modifiers (the parenthesised words after a title) anywhere on the path.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];
    /// <summary>The code given for the term, as printed (dotted; may end with "-" when more characters are required).</summary>
    public string? Code { get; init; }
    /// <summary>A manifestation code printed in brackets, reported after the etiology code.</summary>
    public string? ManifestationCode { get; init; }
    /// <summary>Table cells (neoplasm, drug): column heading and the code as printed ("--" or "-" when none).</summary>
    public IReadOnlyList<TableCell> Cells { get; init; } = [];
    /// <summary>"see" reference text, e.g. "Infarct, myocardium".</summary>
    public string? See { get; init; }
    /// <summary>"see also" reference text.</summary>
    public string? SeeAlso { get; init; }
    /// <summary>Depth: 0 for a main term.</summary>
    public int Level { get; init; }
    /// <summary>The release the index was published with, e.g. "FY2023" or "2026-04".</summary>
    public required string ReleaseId { get; init; }
}

/// <summary>One table cell: its column heading and code as printed.</summary>
public sealed record TableCell(string Column, string Code);
