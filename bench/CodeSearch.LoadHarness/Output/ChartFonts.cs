namespace CodeSearch.LoadHarness.Output;

/// <summary>
/// Skia's dependency-free native library (headless Linux) cannot ask fontconfig for fonts, so text would not render:
/// register a sans-serif TrueType file found on disk (DejaVu or Liberation, as Debian ships them) as ScottPlot's default.
/// </summary>
internal static class ChartFonts
{
    private static readonly string[] Regular = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf", "arial.ttf"];
    private static readonly string[] Bold = ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf"];
    private static readonly string[] Roots = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", @"C:\Windows\Fonts"];
    private static bool _done;

    /// <summary>Registers the first font found; false (charts without text) when none is.</summary>
    public static bool Ensure()
    {
        if (_done) return true;
        var regular = Find(Regular);
        if (regular is null) return false;
        ScottPlot.Fonts.AddFontFile("BenchSans", regular, bold: false, italic: false);
        if (Find(Bold) is { } bold) ScottPlot.Fonts.AddFontFile("BenchSans", bold, bold: true, italic: false);
        ScottPlot.Fonts.Default = "BenchSans";
        return _done = true;
    }

    private static string? Find(string[] names)
    {
        foreach (var root in Roots.Where(Directory.Exists))
        {
            foreach (var name in names)
            {
                var hit = Directory.EnumerateFiles(root, name, SearchOption.AllDirectories).FirstOrDefault();
                if (hit is not null) return hit;
            }
        }
        return null;
    }
}
