using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;

namespace CodeSearch.EmbeddingProbe;

/// <summary>The current generation of an index folder, read-only.</summary>
internal sealed class IndexAccess(LuceneCodeIndex index) : IIndexProvider, IDisposable
{
    public ICodeIndex Current => index;
    public bool IsReady => true;

    public static IndexAccess Open(string indexDirectory) =>
        new(LuceneCodeIndex.Open(new IndexGenerationStore(indexDirectory).CurrentDirectory()
                                  ?? throw new InvalidOperationException("No index in the given folder.")));

    /// <summary>ICD-10-CM entries of the newest release: code (display form) and description.</summary>
    public IReadOnlyList<MedicalCode> Icd10CmEntries(bool billableOnly)
    {
        var release = ReleaseCodeSet.Newest(index, CodeSystemId.Icd10Cm);
        return index.Codes(CodeSystemId.Icd10Cm, release.ReleaseId)
            .Where(c => !billableOnly || c.Billable)
            .ToList();
    }

    public void Dispose() => index.Dispose();
}
