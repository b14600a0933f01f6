using System.Diagnostics;

namespace CodeSearch.EmbeddingProbe;

/// <summary>Embeds every ICD-10-CM description of the newest release and writes the cache file.</summary>
internal static class VectorsCommand
{
    public static int Run(ProbeOptions options)
    {
        using var index = IndexAccess.Open(options.IndexDir);
        var entries = index.Icd10CmEntries(options.BillableOnly);
        using var embedder = new MiniLmEmbedder(options.Threads);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var lastReport = 0;
        var vectors = embedder.Encode(entries.Select(e => e.Description).ToList(), 64, done =>
        {
            if (done - lastReport < 5000) return;
            lastReport = done;
            Console.WriteLine($"{done}/{entries.Count} in {watch.Elapsed.TotalSeconds:F0} s");
        });
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine($"embedded {entries.Count} descriptions in {watch.Elapsed.TotalSeconds:F0} s wall, {cpuMs / entries.Count:F2} ms CPU each");
        var flat = new float[entries.Count * MiniLmEmbedder.Dimensions];
        for (var i = 0; i < vectors.Length; i++) vectors[i].CopyTo(flat, i * MiniLmEmbedder.Dimensions);
        new CodeVectors(entries.Select(e => e.DisplayCode).ToArray(), flat, MiniLmEmbedder.Dimensions).Write(options.Cache);
        Console.WriteLine($"written {new FileInfo(options.Cache).Length / (1 << 20)} MB");
        return 0;
    }
}
