using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// The root of a word with its derivational ending removed (Porter stemmer): "lymphocytic" and "lymphocyte" share
/// "lymphocyt", "depletion" and "depleted" share "deplet". Used only by the relaxed search tier, as an indexed word
/// prefix, so that a word in another derived form still counts, below the word itself.
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
        using var stream = Porter.GetTokenStream("", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var root = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        if (root.Length > DescriptionAnalyzer.MaxPrefixLength) root = root[..DescriptionAnalyzer.MaxPrefixLength];
        return root.Length < MinLength || root == word || !word.StartsWith(root, StringComparison.Ordinal) ? null : root;
    }
}
