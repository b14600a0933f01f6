namespace CodeSearch.Core.Vocabulary;

/// <summary>Opens the vocabulary data files embedded from <c>Vocabulary/Data/</c> (format in its README.md).</summary>
public static class VocabularyFiles
{
    /// <summary>Abbreviations with the context rules the suggestion pipeline applies.</summary>
    public const string Abbreviations = "abbreviations.tsv";

    /// <summary>Abbreviations, lay terms and eponyms with their ranked readings, for search.</summary>
    public const string Terms = "terms.tsv";

    /// <summary>The embedded file, or null when no such file is embedded.</summary>
    public static TextReader? Open(string fileName)
    {
        var assembly = typeof(VocabularyFiles).Assembly;
        // Manifest names are "<root namespace>.Vocabulary.Data.<file>"; match by suffix so a namespace change cannot break loading.
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Data." + fileName, StringComparison.Ordinal));
        return name is null ? null : new StreamReader(assembly.GetManifestResourceStream(name)!);
    }
}
