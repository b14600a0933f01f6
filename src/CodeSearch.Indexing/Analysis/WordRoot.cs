using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// The root of a word with its derivational ending removed (Porter stemmer): "lymphocytic" and "lymphocyte" share
/// "lymphocyt", "depletion" and "depleted" share "deplet". Used only by the relaxed search tier, as an indexed word
/// prefix, so that a word in another derived form still counts, below the word itself. An "-itis" word has no root
/// here: Porter strips "-itis" to the organ ("sinusitis" → "sinus", "pancreatitis" → "pancreat"), but an inflammation
/// is not its organ, so "sinusitis" must not match "sinus" nor "pancreatic" match "pancreatitis"
/// (<see cref="Inflammation"/> names the word a root must not reach).
/// </summary>
public static class WordRoot
{
    /// <summary>Shortest root used: shorter ones start too many unrelated words.</summary>
    public const int MinLength = 5;

    private static readonly Analyzer Porter = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new PorterStemFilter(source));
    });

    /// <summary>
    /// The root of <paramref name="word"/> (analysed, lower case), cut to the longest indexed prefix; null when it is
    /// the word itself or shorter than <see cref="MinLength"/>.
    /// </summary>
    public static string? Of(string word)
    {
        if (IsInflammation(word)) return null;
        using var stream = Porter.GetTokenStream("", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var root = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        if (root.Length > DescriptionAnalyzer.MaxPrefixLength) root = root[..DescriptionAnalyzer.MaxPrefixLength];
        return root.Length < MinLength || root == word || !word.StartsWith(root, StringComparison.Ordinal) ? null : root;
    }

    /// <summary>
    /// The analysed (plural-free) "-itis" word built on <paramref name="root"/> ("pancreat" → "pancreatiti"): codes
    /// holding it are not matched through the root.
    /// </summary>
    public static string Inflammation(string root) => root + InflammationEnding;

    // "-itis" loses its "s" to the plural filter ("gastritis" → "gastriti"); the plural "-itides" keeps its shape.
    private const string InflammationEnding = "iti";

    private static bool IsInflammation(string word) =>
        word.EndsWith(InflammationEnding, StringComparison.Ordinal) || word.EndsWith("itis", StringComparison.Ordinal)
        || word.EndsWith("itide", StringComparison.Ordinal) || word.EndsWith("itides", StringComparison.Ordinal);
}
