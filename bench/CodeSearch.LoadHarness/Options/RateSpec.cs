using System.Globalization;

namespace CodeSearch.LoadHarness.Options;

/// <summary>
/// The open-loop rate: an absolute "75" (calls/s) or "50%" of the RPC's closed-loop throughput measured earlier in the
/// same run (the issue's target is SuggestCodes p99 at half the maximum rate).
/// </summary>
public readonly record struct RateSpec(double Value, bool IsFractionOfMax)
{
    public static RateSpec Parse(string text)
    {
        var t = text.Trim();
        var percent = t.EndsWith('%');
        var number = double.Parse(percent ? t[..^1] : t, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (number <= 0 || double.IsNaN(number) || double.IsInfinity(number)) throw new FormatException($"rate '{text}' must be positive");
        return new RateSpec(percent ? number / 100 : number, percent);
    }

    /// <summary>Calls per second, given the measured closed-loop maximum (needed for a percentage).</summary>
    public double Resolve(double? measuredMax) => !IsFractionOfMax ? Value
        : measuredMax is > 0 ? Value * measuredMax.Value
        : throw new InvalidOperationException("a percentage rate needs the RPC's closed-loop scenario in the same run");

    public override string ToString() => IsFractionOfMax ? $"{Value * 100:0.#}%" : Value.ToString("0.###", CultureInfo.InvariantCulture);
}
