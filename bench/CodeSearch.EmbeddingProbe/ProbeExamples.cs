namespace CodeSearch.EmbeddingProbe;

/// <summary>Nearest codes for the wording misses quoted in issue 14, as a sanity check of the model and the cache.</summary>
internal static class ProbeExamples
{
    private static readonly string[] Phrases =
    [
        "patellofemoral arthrosis", "placental detachment", "stenosis in the right pyeloureteral junction",
        "adrenal metastases", "history of unilateral adnexectomy",
    ];

    public static void Print(MiniLmEmbedder embedder, CodeVectors vectors)
    {
        var embedded = embedder.Encode(Phrases);
        for (var i = 0; i < Phrases.Length; i++)
            Console.WriteLine($"{Phrases[i],-48} {string.Join(", ", vectors.Nearest(embedded[i], 5).Select(n => $"{n.Code} {n.Similarity:F2}"))}");
    }
}
