using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;

namespace CodeSearch.Indexing.Analysis;

/// <summary>What a <see cref="DescriptionAnalyzer"/> does after the shared normalisation.</summary>
public enum DescriptionForm
{
    /// <summary>Words as written (lower case, folded): prefix matching of long words being typed.</summary>
    Raw,
    /// <summary>Plurals reduced (EnglishMinimalStemFilter, which only strips plural endings so medical words keep their shape).</summary>
    Stemmed,
    /// <summary>Every leading part of every word, 1 to <see cref="DescriptionAnalyzer.MaxPrefixLength"/> characters: completion is one term lookup.</summary>
    Prefixes,
}

/// <summary>
/// Tokenises descriptions and queries alike: Unicode word boundaries (UAX#29), lower case, accents folded to ASCII,
/// possessives removed, then the <see cref="DescriptionForm"/>. No stop words: "with" and "without" decide codes.
/// </summary>
public sealed class DescriptionAnalyzer(DescriptionForm form) : Analyzer
{
    /// <summary>Longest indexed word prefix; longer typed words are completed by a prefix query on the raw field.</summary>
    public const int MaxPrefixLength = 12;

    /// <summary>Positions between the values of a multi-valued field (synonyms), so no phrase or span crosses two terms.</summary>
    public const int ValueGap = 100;

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSchema.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneSchema.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishPossessiveFilter(LuceneSchema.Version, stream);
        stream = form switch
        {
            DescriptionForm.Stemmed => new EnglishMinimalStemFilter(stream),
            DescriptionForm.Prefixes => new EdgeNGramTokenFilter(LuceneSchema.Version, stream, 1, MaxPrefixLength),
            _ => stream,
        };
        return new TokenStreamComponents(source, stream);
    }
}
