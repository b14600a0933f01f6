using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;

namespace CodeSearch.Core.Catalog;

/// <summary>
/// One opened, immutable index generation: lookups, hierarchy and search over the releases it holds.
/// Implementations are thread-safe.
/// </summary>
public interface ICodeIndex
{
    /// <summary>Identifies the generation (changes whenever the sources or the schema change).</summary>
    string Generation { get; }

    /// <summary>True when the data is the bundled sample rather than official files.</summary>
    bool IsSample { get; }

    /// <summary>Releases served, newest first within each system.</summary>
    IReadOnlyList<LoadedRelease> Releases { get; }

    /// <summary>Reference files (Tabular List, indexes, tables) applied to this generation.</summary>
    IReadOnlyList<ReferenceSourceInfo> ReferenceSources { get; }

    /// <summary>Finds a code in a release, or returns null.</summary>
    MedicalCode? Find(CodeSystemId system, string releaseId, string undottedCode);

    /// <summary>Codes the release's addenda list as deleted, by undotted code.</summary>
    DeletedCode? FindDeleted(CodeSystemId system, string releaseId, string undottedCode);

    /// <summary>Every entry of a release in official order (empty when the release is not loaded).</summary>
    IReadOnlyList<MedicalCode> Codes(CodeSystemId system, string releaseId);

    /// <summary>Direct children in official order.</summary>
    IReadOnlyList<MedicalCode> Children(MedicalCode code);

    /// <summary>Ranked search as docs/search.md describes: code matches first, then text matches.</summary>
    /// <param name="scope">Releases and filters.</param>
    /// <param name="text">The user's query text, never parsed as query syntax.</param>
    /// <param name="offset">Ranked results to skip.</param>
    /// <param name="limit">Results to return.</param>
    SearchPage Search(SearchScope scope, string text, int offset, int limit);

    /// <summary>The coder's reference material (notes, 7th characters, index entries) applied to this generation's ICD-10-CM release.</summary>
    ReferenceLookup Reference { get; }

    /// <summary>Index and table entries for a SearchIndex query, best first; <paramref name="kind"/> null searches all.</summary>
    IReadOnlyList<EntryHit> SearchEntries(string text, AlphabeticIndexKind? kind, int limit);
}
