using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Core;

namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// Tokenises descriptions and queries alike: Unicode word boundaries (UAX#29), lower case, accents folded to ASCII,
/// possessives removed and, when <paramref name="stem"/> is set, plurals reduced (EnglishMinimalStemFilter, which
/// only strips plural endings so medical words keep their shape). No stop words: "with" and "without" decide codes.
/// </summary>
public sealed class DescriptionAnalyzer(bool stem) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSchema.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneSchema.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishPossessiveFilter(LuceneSchema.Version, stream);
        if (stem) stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
