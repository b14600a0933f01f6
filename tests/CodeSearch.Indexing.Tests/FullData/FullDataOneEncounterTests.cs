using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>One encounter of an injury code in the first five (docs/search.md, "One encounter of a code in the first five"), on the full index.</summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataOneEncounterTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 10);
    }

    [Theory]
    [InlineData("rt wrist fx", "S62.101A")]
    [InlineData("fracture of right little finger", "S62.606A")]
    public void Search_NoEncounterNamed_NoSequelaBesideItsInitialCodeInTheFirstFive(string query, string expected)
    {
        var first = Search(query).Hits.Take(5).Select(h => h.Code.Code).ToList();

        Assert.Contains(expected, Search(query).Hits.Take(5).Select(h => h.Code.DisplayCode));
        Assert.DoesNotContain(first, c => c.Length == 7 && c[6] != 'A' && first.Contains(c[..6] + "A"));
    }

    [Fact]
    public void Search_SequelaNamed_SequelaCodesKept()
    {
        var first = Search("right wrist fracture sequela").Hits.Take(5).Select(h => h.Code.Code).ToList();

        Assert.Contains(first, c => c.Length == 7 && c[6] == 'S');
        Assert.DoesNotContain(first, c => c.Length == 7 && c[6] == 'A' && first.Contains(c[..6] + "S"));
    }
}
