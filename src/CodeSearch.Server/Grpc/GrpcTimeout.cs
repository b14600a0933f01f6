using System.Globalization;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// The <c>grpc-timeout</c> request header ("TimeoutValue TimeoutUnit": up to 8 digits, then H, M, S, m, u or n). The
/// transport converts it to 100 ns ticks and treats a result of zero as no deadline at all, so "50n" or "0S" would
/// give the call unlimited time; such a timeout has in fact already passed.
/// </summary>
internal static class GrpcTimeout
{
    public const string Header = "grpc-timeout";

    /// <summary>True for a well-formed timeout shorter than one 100 ns tick (including zero).</summary>
    public static bool IsBelowResolution(string value)
    {
        if (value.Length is < 2 or > 9) return false;
        if (!long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)) return false;
        return value[^1] switch
        {
            'n' => amount < 100,
            'u' or 'm' or 'S' or 'M' or 'H' => amount == 0,
            _ => false,
        };
    }
}
