using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// BM25 as indexed (<see cref="LuceneSchema.Similarity"/>, same norms, k1 1.2, b 0.75), plus a coordination factor for
/// the boolean queries that ask for one (only the relaxed tier's, see <see cref="RelaxedQueryBuilder"/>): the score is
/// multiplied by the square root of the share of the words a code holds, so a code holding more of them ranks higher.
/// Every other query disables coordination and scores as plain BM25.
/// <para>
/// The arithmetic is Lucene's <see cref="BM25Similarity"/>'s, operation for operation (so every score is the same to the
/// last bit), with two allocations of every term weight left out: Lucene's weight builds its own 256-entry table of
/// length factors, although the table depends only on the field's average length, and a text explanation of the idf.
/// A search builds dozens of term weights, and those tables were about a fifth of the bytes an uncached search
/// allocated; here a field's table is built once per average length and shared (it is never written after it is made),
/// and the explanation is made only when a score is explained.
/// </para>
/// </summary>
internal sealed class CoordSimilarity : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private static readonly BM25Similarity Lucene = new();
    private static readonly float[] NormTable = LoadNormTable();

    // Tables by average length (its bits): one per field of a generation, a handful in all.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, float[]> _tables = new();

    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : MathF.Sqrt((float)overlap / maxOverlap);

    // Search time never computes norms; indexing uses LuceneSchema.Similarity. Same encoding all the same.
    public override long ComputeNorm(FieldInvertState state) => Lucene.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        var max = collectionStats.MaxDoc;
        float idf;
        if (termStats.Length == 1)
        {
            idf = Idf(termStats[0].DocFreq, max);
        }
        else
        {
            idf = 0.0f;
            foreach (var stat in termStats) idf += Idf(stat.DocFreq, max);
        }
        var avgdl = AvgFieldLength(collectionStats);
        var cache = _tables.GetOrAdd(BitConverter.SingleToInt32Bits(avgdl), static (_, length) => Table(length), avgdl);
        return new Stats(collectionStats.Field, idf, queryBoost, avgdl, cache);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Stats)weight;
        return new Scorer(stats, context.AtomicReader.GetNormValues(stats.Field));
    }

    private static float Idf(long docFreq, long numDocs) => (float)Math.Log(1 + (numDocs - docFreq + 0.5D) / (docFreq + 0.5D));

    private static float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var sumTotalTermFreq = collectionStats.SumTotalTermFreq;
        return sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)collectionStats.MaxDoc);
    }

    private static float[] Table(float avgdl)
    {
        var cache = new float[256];
        for (var i = 0; i < cache.Length; i++) cache[i] = K1 * ((1 - B) + B * NormTable[i] / avgdl);
        return cache;
    }

    private static float[] LoadNormTable()
    {
        var table = new float[256];
        for (var i = 0; i < 256; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }
        return table;
    }

    private sealed class Stats(string field, float idf, float queryBoost, float avgdl, float[] cache) : SimWeight
    {
        public string Field { get; } = field;
        public float Idf { get; } = idf;
        public float QueryBoost { get; } = queryBoost;
        public float Avgdl { get; } = avgdl;
        public float[] Cache { get; } = cache;
        public float TopLevelBoost { get; private set; }
        public float Weight { get; private set; }

        public override float GetValueForNormalization()
        {
            var queryWeight = Idf * QueryBoost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            TopLevelBoost = topLevelBoost;
            Weight = Idf * QueryBoost * topLevelBoost;
        }
    }

    private sealed class Scorer(Stats stats, NumericDocValues? norms) : SimScorer
    {
        private readonly float _weightValue = stats.Weight * (K1 + 1);
        private readonly float[] _cache = stats.Cache;

        public override float Score(int doc, float freq)
        {
            var norm = norms is null ? K1 : _cache[(sbyte)norms.Get(doc) & 0xFF];
            return _weightValue * freq / (freq + norm);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

        // Explanations are rare (debugging): the same factors Lucene's BM25 explanation lists.
        public override Explanation Explain(int doc, Explanation freq)
        {
            var result = new Explanation { Description = $"score(doc={doc},freq={freq}), product of:" };
            var boost = new Explanation(stats.QueryBoost * stats.TopLevelBoost, "boost");
            if (boost.Value != 1.0f) result.AddDetail(boost);
            result.AddDetail(new Explanation(stats.Idf, "idf"));
            var tfNorm = new Explanation { Description = "tfNorm, computed from:" };
            tfNorm.AddDetail(freq);
            tfNorm.AddDetail(new Explanation(K1, "parameter k1"));
            if (norms is null)
            {
                tfNorm.AddDetail(new Explanation(0, "parameter b (norms omitted for field)"));
                tfNorm.Value = freq.Value * (K1 + 1) / (freq.Value + K1);
            }
            else
            {
                var length = NormTable[(byte)norms.Get(doc)];
                tfNorm.AddDetail(new Explanation(B, "parameter b"));
                tfNorm.AddDetail(new Explanation(stats.Avgdl, "avgFieldLength"));
                tfNorm.AddDetail(new Explanation(length, "fieldLength"));
                tfNorm.Value = freq.Value * (K1 + 1) / (freq.Value + K1 * (1 - B + B * length / stats.Avgdl));
            }
            result.AddDetail(tfNorm);
            result.Value = boost.Value * stats.Idf * tfNorm.Value;
            return result;
        }
    }
}
