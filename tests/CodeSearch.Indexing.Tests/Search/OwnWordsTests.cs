using CodeSearch.Indexing.Analysis;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Which query words a hit's own descriptions hold, read from the index postings.</summary>
public class OwnWordsTests(WordFormsFixtureIndex fixture) : IClassFixture<WordFormsFixtureIndex>
{
    public static TheoryData<string> Queries => new()
    {
        "type 2 diabetes", "diabetes mellitus with", "chest pain", "fracture of femur", "femur fract", "pain in left knee",
        "malignant neoplasm", "cancer of prostate", "tumour of esophagus", "oesophag", "hyperglycemi", "diab", "anaemia", "knee left", "of the",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Of_EveryHit_AgreesWithAnalysingTheDescriptions(string text)
    {
        var words = QueryWords.Of(text)!;
        var docs = Enumerable.Range(0, fixture.Index.DocumentCount).ToList();
        var codes = docs.Select(fixture.Index.CodeOfDocument).ToList();

        var held = OwnWords.Of(fixture.Index.Reader, words, docs, codes);

        Assert.Contains(held, row => row.Any(h => h));
        for (var d = 0; d < docs.Count; d++)
        {
            var stems = QueryTokens.Analyze($"{codes[d].Description} {codes[d].ShortDescription}")
                .SelectMany(t => new[] { t.Stemmed, t.Raw }).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < words.Tokens.Count; i++)
            {
                if (!words.IsRequired(i)) continue;
                Assert.True(Expected(words, stems, i) == held[d][i], $"{codes[d].Code} '{codes[d].Description}', word {i} of '{text}'");
            }
        }
    }

    [Fact]
    public void Of_DocumentsInAnyOrder_SameAnswerPerDocument()
    {
        var words = QueryWords.Of("chest pain")!;
        var docs = Enumerable.Range(0, fixture.Index.DocumentCount).ToList();
        var reversed = Enumerable.Reverse(docs).ToList();

        var forward = OwnWords.Of(fixture.Index.Reader, words, docs, docs.Select(fixture.Index.CodeOfDocument).ToList());
        var backward = OwnWords.Of(fixture.Index.Reader, words, reversed, reversed.Select(fixture.Index.CodeOfDocument).ToList());

        for (var d = 0; d < docs.Count; d++) Assert.Equal(forward[d], backward[docs.Count - 1 - d]);
    }

    [Theory]
    [InlineData("Fracture of femur", "fem", true)]
    [InlineData("Fracture of femur", "emur", false)]
    [InlineData("Type 2 diabetes mellitus", "MELL", true)]
    [InlineData("Pain in left knee", "knee", true)]
    public void StartsAWord_TypedText_AtWordStartsOnly(string text, string typed, bool expected)
    {
        Assert.Equal(expected, OwnWords.StartsAWord(text, typed));
    }

    // The rule as stated: a form of the word (all its words) among the descriptions' words, or, for the word being
    // typed, a description word it starts (in either spelling).
    private static bool Expected(QueryWords words, HashSet<string> stems, int i)
    {
        var word = words.Tokens[i];
        if (WordForms.Of(word.Stemmed).Any(form => form.All(stems.Contains))) return true;
        if (!words.IsCompletion(i)) return false;
        var american = SpellingVariants.American(word.Raw, prefix: true);
        return stems.Any(s => s.StartsWith(word.Raw, StringComparison.Ordinal) || (american is not null && s.StartsWith(american, StringComparison.Ordinal)));
    }
}
