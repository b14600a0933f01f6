using System.Numerics;

namespace CodeSearch.EmbeddingProbe;

/// <summary>One embedding per code description, in one flat array; cached on disk (never in the repository).</summary>
internal sealed class CodeVectors(string[] codes, float[] vectors, int dimensions)
{
    public IReadOnlyList<string> Codes => codes;
    public int Dimensions => dimensions;

    /// <summary>The <paramref name="k"/> codes nearest to a normalised query vector, best first, with their cosine.</summary>
    public List<(string Code, float Similarity)> Nearest(float[] query, int k)
    {
        var best = new PriorityQueue<int, float>(k + 1);
        var q = query.AsSpan();
        for (var i = 0; i < codes.Length; i++)
        {
            var s = Dot(q, vectors.AsSpan(i * dimensions, dimensions));
            if (best.Count < k) best.Enqueue(i, s);
            else if (best.TryPeek(out _, out var lowest) && s > lowest) best.DequeueEnqueue(i, s);
        }
        var list = new List<(string, float)>(best.Count);
        while (best.TryDequeue(out var j, out var s)) list.Add((codes[j], s));
        list.Reverse();
        return list;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a.Slice(i)) * new Vector<float>(b.Slice(i));
        var total = Vector.Dot(sum, Vector<float>.One);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    public void Write(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(codes.Length);
        writer.Write(dimensions);
        foreach (var code in codes) writer.Write(code);
        foreach (var v in vectors) writer.Write(v);
    }

    public static CodeVectors Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var codes = new string[count];
        for (var i = 0; i < count; i++) codes[i] = reader.ReadString();
        var vectors = new float[count * dimensions];
        for (var i = 0; i < vectors.Length; i++) vectors[i] = reader.ReadSingle();
        return new CodeVectors(codes, vectors, dimensions);
    }
}
