namespace CodeSearch.Importer.Icd10;

/// <summary>One row of an ICD-10-CM or ICD-10-PCS order file.</summary>
/// <param name="LineNumber">1-based line in the file.</param>
/// <param name="Order">Order number (columns 1-5).</param>
/// <param name="Code">Undotted code (columns 7-13, trimmed).</param>
/// <param name="Valid">Valid flag (column 15): true for a reportable code, false for a header.</param>
/// <param name="ShortDescription">Short title (columns 17-76, trimmed).</param>
/// <param name="LongDescription">Long title (column 78 to the end, trimmed).</param>
public readonly record struct OrderFileRow(
    int LineNumber, int Order, string Code, bool Valid, string ShortDescription, string LongDescription);
