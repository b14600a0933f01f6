using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Code-shaped queries over the fixture index: exact code first, then codes starting with the query.</summary>
public class CodeMatchTests(FixtureIndex fixture) : IClassFixture<FixtureIndex>
{
    private static string Key(SearchHit hit) => $"{hit.Code.System.Key()}:{hit.Code.Code}";

    [Theory]
    [InlineData("E11")]
    [InlineData("e11")]
    [InlineData(" E11 ")]
    public void Search_Category_ExactFirstThenDescendantsInCodeOrder(string query)
    {
        var hits = fixture.Search(query);

        Assert.Equal(
            ["icd10cm:E11", "icd10cm:E116", "icd10cm:E1164", "icd10cm:E11641", "icd10cm:E11649", "icd10cm:E1165", "icd10cm:E119", "icd10cm:E11A"],
            hits.Select(Key));
        Assert.Equal(MatchKind.ExactCode, hits[0].MatchKind);
        Assert.All(hits.Skip(1), h => Assert.Equal(MatchKind.CodePrefix, h.MatchKind));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_UndottedPrefix_PrefixMatchesInEverySystemInScopeOrder()
    {
        var hits = fixture.Search("J06");

        Assert.Equal(["icd10cm:J06", "icd10cm:J069", "hcpcs:J0696"], hits.Select(Key));
        Assert.Equal([MatchKind.ExactCode, MatchKind.CodePrefix, MatchKind.CodePrefix], hits.Select(h => h.MatchKind));
    }

    [Fact]
    public void Search_DottedQuery_OnlyPrefixMatchesIcd10Cm()
    {
        Assert.Equal(["icd10cm:J069"], fixture.Search("J06.9").Select(Key));
        Assert.Equal(["icd10cm:J069", "hcpcs:J0696"], fixture.Search("J069").Select(Key));
        Assert.Equal(["icd10cm:S72001A", "icd10cm:S72001D", "icd10cm:S72001S"], fixture.Search("s72.001").Skip(1).Select(Key));
    }

    [Fact]
    public void Search_PcsPrefix_ListsItsCodesInCodeOrder()
    {
        var hits = fixture.Search("0DTJ");

        Assert.Equal(["icd10pcs:0DTJ0ZZ", "icd10pcs:0DTJ4ZZ", "icd10pcs:0DTJ7ZZ", "icd10pcs:0DTJ8ZZ"], hits.Select(Key));
    }

    [Fact]
    public void Search_HcpcsCode_ExactMatchFirst()
    {
        var hits = fixture.Search("j0696");

        Assert.Equal("hcpcs:J0696", Key(hits[0]));
        Assert.Equal(MatchKind.ExactCode, hits[0].MatchKind);
    }

    [Fact]
    public void Search_CodeMatchesThenTextMatches_NoDuplicates()
    {
        // "1" is code-shaped but one character: no prefix expansion, so only text matches ("Type 1 ...").
        var hits = fixture.Search("1");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(MatchKind.Text, h.MatchKind));
        Assert.Equal(hits.Count, hits.Select(Key).Distinct().Count());
    }

    [Fact]
    public void Search_BillableOnly_DropsHeadersFromCodeMatches()
    {
        var hits = fixture.Index.Search(fixture.Scope(billableOnly: true), "E11", 0, 100).Hits;

        Assert.Equal(["icd10cm:E11641", "icd10cm:E11649", "icd10cm:E1165", "icd10cm:E119", "icd10cm:E11A"], hits.Select(Key));
    }

    [Fact]
    public void Search_SystemsScope_OnlyThoseSystems()
    {
        var hits = fixture.Index.Search(fixture.Scope(null, false, CodeSystemId.Hcpcs), "J06", 0, 100).Hits;

        Assert.Equal(["hcpcs:J0696"], hits.Select(Key));
    }

    [Fact]
    public void Search_HcpcsTerminatedCode_ExcludedAfterItsTerminationDateOnly()
    {
        Assert.Empty(fixture.Index.Search(fixture.Scope(new DateOnly(2026, 2, 1)), "A4397", 0, 10).Hits);
        Assert.Equal(["hcpcs:A4397"], fixture.Index.Search(fixture.Scope(new DateOnly(2021, 12, 31)), "A4397", 0, 10).Hits.Select(Key));
    }

    [Fact]
    public void Search_HcpcsCodeBeforeItsAddDate_Excluded()
    {
        Assert.Empty(fixture.Index.Search(fixture.Scope(new DateOnly(2025, 12, 31)), "G9871", 0, 10).Hits);
        Assert.Equal(["hcpcs:G9871"], fixture.Index.Search(fixture.Scope(new DateOnly(2026, 1, 1)), "G9871", 0, 10).Hits.Select(Key));
    }

    [Fact]
    public void Search_PagingThroughCodeMatches_SameOrderAsOnePage()
    {
        var all = fixture.Search("E11").Select(Key).ToList();
        var paged = new List<string>();
        for (var offset = 0; ; offset += 3)
        {
            var page = fixture.Index.Search(fixture.Scope(), "E11", offset, 3);
            paged.AddRange(page.Hits.Select(Key));
            if (!page.HasMore) break;
        }

        Assert.Equal(all, paged);
    }
}
