using System.Globalization;

namespace CodeSearch.LoadHarness.Hosting;

/// <summary>Resident memory of a process from /proc/&lt;pid&gt;/status: VmRSS (now) and VmHWM (peak), in MiB.</summary>
public sealed record MemorySample(double RssMiB, double PeakMiB)
{
    /// <summary>Parses the "VmRSS:  123456 kB" and "VmHWM: ..." lines; null when either is missing.</summary>
    public static MemorySample? Parse(string status)
    {
        double? rss = null, hwm = null;
        foreach (var line in status.Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line);
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kb(line);
        }
        return rss is { } r && hwm is { } h ? new MemorySample(Math.Round(r / 1024, 1), Math.Round(h / 1024, 1)) : null;
    }

    /// <summary>The sample of a running process; null when /proc is unavailable (not Linux) or the process is gone.</summary>
    public static MemorySample? Read(int pid)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{pid}/status"));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static double? Kb(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && double.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : null;
    }
}
