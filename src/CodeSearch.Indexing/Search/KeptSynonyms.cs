using CodeSearch.Core;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The index and inclusion terms of a code (<see cref="ReferenceLookup.SynonymsFor"/>), kept for the generation: the
/// provenance of synonym matches (<see cref="SynonymMatch"/>) asks for them for every hit of a page whose descriptions
/// miss a query word, and the same codes come back query after query. Working them out gathers the code's inclusion
/// notes, its Alphabetic Index entries and the entries whose "see" leads to them: about 7 % of a repeated search.
/// Keyed by the code object (one generation's codes are distinct objects); bounded: cleared when
/// <see cref="Capacity"/> codes are kept (a list of strings, some held by nothing else: 4,541 codes kept after one
/// pass of the load harness's cold queries held 3.8 MiB, so about 3.5 MB at most; 16,384 codes, up to about 13 MB,
/// before 2026-12-07, docs/benchmarks.md "Peak memory under load").
/// </summary>
internal sealed class KeptSynonyms(ReferenceLookup reference)
{
    /// <summary>Most codes kept.</summary>
    public const int Capacity = 4_096;

    private readonly BoundedCache<MedicalCode, IReadOnlyList<string>> _kept = new(Capacity, ReferenceEqualityComparer.Instance);

    /// <summary>The code's index and inclusion terms, as <see cref="ReferenceLookup.SynonymsFor"/> lists them.</summary>
    public IReadOnlyList<string> Of(MedicalCode code)
    {
        if (_kept.TryGetValue(code, out var known)) return known;
        return _kept.GetOrAdd(code, reference.SynonymsFor(code));
    }
}
