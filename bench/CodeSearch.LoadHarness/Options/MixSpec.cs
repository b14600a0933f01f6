namespace CodeSearch.LoadHarness.Options;

/// <summary>
/// A weighted RPC mix, written "get=4,search-hot=3,search-cold=1,suggest=1": each call of the mixed scenario picks an
/// RPC with probability weight / total. Weights are non-negative numbers; at least one must be positive.
/// </summary>
public sealed class MixSpec
{
    private readonly double[] _cumulative;

    private MixSpec(IReadOnlyList<(RpcKind Kind, double Weight)> parts)
    {
        Parts = parts;
        var total = parts.Sum(p => p.Weight);
        var running = 0.0;
        _cumulative = parts.Select(p => running += p.Weight / total).ToArray();
    }

    /// <summary>The RPCs with their weights, in the order given.</summary>
    public IReadOnlyList<(RpcKind Kind, double Weight)> Parts { get; }

    public static MixSpec Parse(string text)
    {
        var parts = new List<(RpcKind, double)>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = item.Split('=', 2, StringSplitOptions.TrimEntries);
            var kind = RpcNames.Parse(pair[0]);
            var weight = pair.Length == 1 ? 1.0 : double.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture);
            if (weight < 0 || double.IsNaN(weight)) throw new FormatException($"weight of '{pair[0]}' must be >= 0");
            if (parts.Any(p => p.Item1 == kind)) throw new FormatException($"'{pair[0]}' appears twice in the mix");
            if (weight > 0) parts.Add((kind, weight));
        }
        if (parts.Count == 0) throw new FormatException("the mix needs at least one RPC with a positive weight");
        return new MixSpec(parts);
    }

    /// <summary>The RPC for a uniform draw <paramref name="u"/> in [0, 1).</summary>
    public RpcKind Pick(double u)
    {
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (u < _cumulative[i]) return Parts[i].Kind;
        }
        return Parts[^1].Kind;
    }

    public override string ToString() => string.Join(",", Parts.Select(p => $"{RpcNames.Name(p.Kind)}={p.Weight:0.###}"));
}
