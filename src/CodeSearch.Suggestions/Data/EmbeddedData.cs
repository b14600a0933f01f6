using System.Reflection;

namespace CodeSearch.Suggestions.Data;

/// <summary>Opens the TSV files embedded from <c>Data/</c> into this assembly.</summary>
internal static class EmbeddedData
{
    public static bool Exists(string fileName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames().Any(n => n.EndsWith("Data." + fileName, StringComparison.Ordinal));

    public static TextReader Open(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        // Manifest names are "<root namespace>.Data.<file>"; match by suffix so a namespace change cannot break loading.
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Data." + fileName, StringComparison.Ordinal))
                   ?? throw new DataFileException(fileName, 0, "embedded resource not found");
        var stream = assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream);
    }
}
