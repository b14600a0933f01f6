using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace CodeSearch.Indexing.Analysis;

/// <summary>The analyzers per field, shared by indexing and querying so both see the same tokens.</summary>
public static class CodeSearchAnalyzers
{
    /// <summary>Stemmed analyzer (desc, short).</summary>
    public static Analyzer Stemmed { get; } = new DescriptionAnalyzer(DescriptionForm.Stemmed);

    /// <summary>Unstemmed analyzer (desc_raw) for prefix matching of long words being typed.</summary>
    public static Analyzer Raw { get; } = new DescriptionAnalyzer(DescriptionForm.Raw);

    /// <summary>Per-field wrapper used by the index writer.</summary>
    public static Analyzer ForIndexing() => new PerFieldAnalyzerWrapper(Stemmed, new Dictionary<string, Analyzer>
    {
        [LuceneSchema.DescriptionRaw] = Raw,
        [LuceneSchema.Prefixes] = new DescriptionAnalyzer(DescriptionForm.Prefixes),
    });
}
