using Lucene.Net.Search.Similarities;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// BM25 as indexed (<see cref="LuceneSchema.Similarity"/>, same norms), plus a coordination factor for the boolean
/// queries that ask for one (only the relaxed tier's, see <see cref="RelaxedQueryBuilder"/>): the score is multiplied
/// by the square root of the share of the words a code holds, so a code holding more of them ranks higher.
/// Every other query disables coordination and scores as plain BM25.
/// </summary>
internal sealed class CoordSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : MathF.Sqrt((float)overlap / maxOverlap);
}
