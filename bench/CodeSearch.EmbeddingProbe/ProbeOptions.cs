namespace CodeSearch.EmbeddingProbe;

/// <summary>Command-line options of the probe.</summary>
internal sealed record ProbeOptions(string Command, string IndexDir, string Cache, string? Dataset, int Threads, int? Limit, bool BillableOnly)
{
    public static ProbeOptions Parse(string[] args)
    {
        string Value(string name, string? fallback = null)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"{name} is required");
        }
        var limit = Array.IndexOf(args, "--limit") >= 0 ? int.Parse(Value("--limit")) : (int?)null;
        return new ProbeOptions(args.Length > 0 ? args[0] : "", Value("--index-dir"), Value("--cache"),
            Array.IndexOf(args, "--dataset") >= 0 ? Value("--dataset") : null, int.Parse(Value("--threads", "1")), limit,
            args.Contains("--billable-only"));
    }
}
