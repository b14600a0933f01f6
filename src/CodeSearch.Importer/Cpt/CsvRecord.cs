namespace CodeSearch.Importer.Cpt;

/// <summary>One CSV record with the 1-based line it starts on (a quoted field may span lines).</summary>
internal sealed record CsvRecord(int LineNumber, IReadOnlyList<string> Fields);
