namespace CodeSearch.Evaluation.Data;

/// <summary>
/// Tells notes from phrase sets: rows with a <c>kind</c> field or <c>do_</c> ids are phrases, <c>codiesp</c> ids
/// are notes; otherwise texts averaging 200 characters or more are notes.
/// </summary>
public static class DatasetKindDetector
{
    /// <summary>Mean text length from which an unrecognised file counts as notes.</summary>
    public const int NoteLengthThreshold = 200;

    public static DatasetKind Detect(IReadOnlyList<EvalDocument> documents)
    {
        if (documents.Any(d => d.Kind is not null || d.Id.StartsWith("do_", StringComparison.OrdinalIgnoreCase)))
        {
            return DatasetKind.Phrases;
        }
        if (documents.Any(d => d.Id.StartsWith("codiesp", StringComparison.OrdinalIgnoreCase))) return DatasetKind.Notes;
        var meanLength = documents.Count == 0 ? 0 : documents.Average(d => d.Text.Length);
        return meanLength >= NoteLengthThreshold ? DatasetKind.Notes : DatasetKind.Phrases;
    }
}
