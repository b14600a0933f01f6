using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// The other readings a short list is filled from (docs/search.md, "A short list is filled"), on the bundled
/// fixtures: the last word as being typed, words a title writes as one, a respelling from 3 letters, the query without
/// its rarest word.
/// </summary>
public class ShortListFallbackTests(ReferenceFixtureIndex fixture) : IClassFixture<ReferenceFixtureIndex>
{
    private IReadOnlyList<string> Alternatives(string searched) =>
        new ShortListFallback(fixture.Index.Reader, new QueryReader(fixture.Index.Reader, ClinicalVocabulary.Default)).Alternatives(searched).ToList();

    [Fact]
    public void Alternatives_CompleteLastWord_FirstTriedAsBeingTyped()
    {
        Assert.Equal("pleuro", Alternatives("pleuro ")[0]);
    }

    [Fact]
    public void Alternatives_WordsATitleWritesAsOne_Joined()
    {
        Assert.Contains("pleurodynia ", Alternatives("pleuro dynia "));
    }

    [Fact]
    public void Alternatives_WordNoCodeHolds_RespelledBesideTheOtherWords()
    {
        Assert.Contains("pain throat ", Alternatives("pain throt "));
    }

    [Fact]
    public void Alternatives_SeveralWords_LastTheQueryWithoutOneWordTheRarestFirst()
    {
        Assert.Equal(["chest ", "qqqq "], Alternatives("chest qqqq ").TakeLast(2));
    }

    [Fact]
    public void Alternatives_NeverTheSearchedTextItself()
    {
        Assert.DoesNotContain("chest pain", Alternatives("chest pain"));
        Assert.Empty(Alternatives("chest"));
    }

    [Fact]
    public void Search_EmptyList_FilledAndSaysFromWhat()
    {
        // "nek" is no word of any code, starts none and is too short for the reading to respell, and one word alone has no
        // relaxed tier: before, nothing was listed.
        var page = fixture.Index.Search(new Core.Search.SearchScope(fixture.Index.Releases.Select(r => r.Release).ToList(), false,
            new DateOnly(2026, 2, 1)), "nek ", 0, 10);

        Assert.NotEmpty(page.Hits);
        Assert.All(page.Hits, h => Assert.Contains("neck", h.Code.Description, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("neck", page.UnderstoodAs);
    }
}
