using BenchmarkDotNet.Attributes;
using CodeSearch.Indexing;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Lucene analysis: a query split into stemmed and raw words (every SearchCodes call), and a long description run
/// through each indexing form (what an index build does per description).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const string Description =
        "Type 2 diabetes mellitus with diabetic chronic kidney disease, with hyperglycemia and long term (current) use of insulin";

    [Benchmark]
    public int QueryOneWord() => QueryTokens.Analyze("diab").Count;

    [Benchmark]
    public int QueryThreeWords() => QueryTokens.Analyze("chest pain unspecified").Count;

    [Benchmark]
    public int QuerySixWords() => QueryTokens.Analyze("fracture of femur with routine healing").Count;

    [Benchmark]
    public int DescriptionStemmed() => Count(CodeSearchAnalyzers.Stemmed, Description);

    [Benchmark]
    public int DescriptionPrefixes() => Count(Prefixes, Description);

    private static readonly Analyzer Prefixes = new DescriptionAnalyzer(DescriptionForm.Prefixes);

    private static int Count(Analyzer analyzer, string text)
    {
        var n = 0;
        using var stream = analyzer.GetTokenStream(LuceneSchema.Description, text);
        stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) n++;
        stream.End();
        return n;
    }
}
