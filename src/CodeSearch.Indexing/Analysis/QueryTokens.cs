using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CodeSearch.Indexing.Analysis;

/// <summary>One query word: its stemmed form (matched against desc) and its raw form (prefix-matched against desc_raw).</summary>
public readonly record struct QueryToken(string Stemmed, string Raw);

/// <summary>Splits user text into words with the indexing analyzers. User text is never parsed as query syntax.</summary>
public static class QueryTokens
{
    /// <summary>Most words of a query that are used; the rest are ignored.</summary>
    public const int MaxTokens = 24;

    /// <summary>Analyzes the text; both analyzers share a tokenizer and filters that never drop tokens, so the lists align.</summary>
    public static IReadOnlyList<QueryToken> Analyze(string text)
    {
        var stemmed = Terms(CodeSearchAnalyzers.Stemmed, text);
        var raw = Terms(CodeSearchAnalyzers.Raw, text);
        var count = Math.Min(Math.Min(stemmed.Count, raw.Count), MaxTokens);
        var result = new QueryToken[count];
        for (var i = 0; i < count; i++) result[i] = new QueryToken(stemmed[i], raw[i]);
        return result;
    }

    /// <summary>The stemmed forms of the text's words, as a set (stop words kept).</summary>
    public static HashSet<string> Stems(string text) => StemList(text).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The stemmed forms of the text's first <see cref="MaxTokens"/> words, in order: <see cref="Analyze"/>'s stemmed
    /// column without running the raw analyzer (its filters never drop a token, so it only ever gave the same count).
    /// </summary>
    public static List<string> StemList(string text)
    {
        var stemmed = Terms(CodeSearchAnalyzers.Stemmed, text);
        if (stemmed.Count > MaxTokens) stemmed.RemoveRange(MaxTokens, stemmed.Count - MaxTokens);
        return stemmed;
    }

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(LuceneSchema.Description, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count <= MaxTokens) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
