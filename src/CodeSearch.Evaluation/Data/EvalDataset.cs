namespace CodeSearch.Evaluation.Data;

/// <summary>The rows of one evaluation file and what kind of file it is.</summary>
public sealed record EvalDataset(DatasetKind Kind, IReadOnlyList<EvalDocument> Documents)
{
    /// <summary>The first <paramref name="limit"/> rows (all when null or not positive).</summary>
    public EvalDataset Take(int? limit) =>
        limit is > 0 && limit < Documents.Count ? this with { Documents = Documents.Take(limit.Value).ToList() } : this;
}
