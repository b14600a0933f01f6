using CodeSearch.Core;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The index and inclusion terms of a code (<see cref="ReferenceLookup.SynonymsFor"/>), kept for the generation: the
/// provenance of synonym matches (<see cref="SynonymMatch"/>) asks for them for every hit of a page whose descriptions
/// miss a query word, and the same codes come back query after query. Working them out gathers the code's inclusion
/// notes, its Alphabetic Index entries and the entries whose "see" leads to them: about 7 % of a repeated search.
/// Keyed by the code object (one generation's codes are distinct objects); bounded: cleared when
/// <see cref="Capacity"/> codes are kept (a list of a few shared strings each: about 2 MB at most).
/// </summary>
internal sealed class KeptSynonyms(ReferenceLookup reference)
{
    /// <summary>Most codes kept.</summary>
    public const int Capacity = 16_384;

    private readonly BoundedCache<MedicalCode, IReadOnlyList<string>> _kept = new(Capacity, ReferenceEqualityComparer.Instance);

    /// <summary>The code's index and inclusion terms, as <see cref="ReferenceLookup.SynonymsFor"/> lists them.</summary>
    public IReadOnlyList<string> Of(MedicalCode code)
    {
        if (_kept.TryGetValue(code, out var known)) return known;
        return _kept.GetOrAdd(code, reference.SynonymsFor(code));
    }
}
