using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Word queries over the fixture index: every word required, the last one completed while typing, tie-breaks.</summary>
public class TextSearchTests(FixtureIndex fixture) : IClassFixture<FixtureIndex>
{
    private static string Key(SearchHit hit) => $"{hit.Code.System.Key()}:{hit.Code.Code}";

    private static bool HasWordStarting(string description, string prefix) =>
        description.Split([' ', ',', '(', ')', ';', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Search_Type2Diabetes_E11CodesFirstAndEveryWordRequired()
    {
        var hits = fixture.Search("type 2 diabetes");

        Assert.StartsWith("E11", hits[0].Code.Code);
        Assert.All(hits, h => Assert.StartsWith("Type 2 diabetes", h.Code.Description));
        Assert.All(hits, h => Assert.Equal(MatchKind.Text, h.MatchKind));
        Assert.DoesNotContain(hits, h => h.Code.Code.StartsWith("E10", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_EveryWordRequired_WordsMissingFromEveryDescriptionGiveNothing()
    {
        Assert.Empty(fixture.Search("diabetes hypertension"));
        Assert.Equal(["icd10cm:E1010", "icd10cm:E11641", "icd10cm:E11649"], fixture.Search("diabetes coma").Select(Key).Order());
    }

    [Fact]
    public void Search_LastWordWhileTyping_MatchesAsPrefix()
    {
        var hits = fixture.Search("diab");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(HasWordStarting(h.Code.Description, "diab"), h.Code.Description));
        Assert.Contains(hits, h => h.Code.Code == "G9871"); // every system in scope
    }

    [Fact]
    public void Search_LastWordAfterTrailingSpace_MatchesOnlyAsWholeWord()
    {
        Assert.Empty(fixture.Search("diab "));
        Assert.Equal(fixture.Search("diabetes").Select(Key).Order(), fixture.Search("diabetes ").Select(Key).Order());
    }

    [Fact]
    public void Search_EarlierWords_MatchOnlyAsWholeWords()
    {
        Assert.Empty(fixture.Search("diab mellitus"));
        Assert.NotEmpty(fixture.Search("diabetes mell"));
    }

    [Theory]
    [InlineData("fractures")]
    [InlineData("femur fractures")]
    [InlineData("fractures ")]
    [InlineData("fracture")]
    public void Search_PluralTypedAsLastWord_MatchesLikeTheSingular(string query)
    {
        var hits = fixture.Search(query);

        Assert.Equal(
            ["icd10cm:S72", "icd10cm:S720", "icd10cm:S7200", "icd10cm:S72001", "icd10cm:S72001A", "icd10cm:S72001D", "icd10cm:S72001S"],
            hits.Select(Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_TiedCompletions_BillableFirstThenShorterDescription()
    {
        var hits = fixture.Search("diab");

        Assert.All(hits, h => Assert.Equal(hits[0].Score, h.Score)); // a lone completion scores the same everywhere
        var billable = hits.TakeWhile(h => h.Code.Billable).ToList();
        Assert.All(hits.Skip(billable.Count), h => Assert.False(h.Code.Billable));
        Assert.True(billable.Count >= 2);
        Assert.Equal(billable.Select(h => h.Code.Description.Length).Order(), billable.Select(h => h.Code.Description.Length));
        Assert.Equal("E1165", hits[0].Code.Code); // "Type 2 diabetes mellitus with hyperglycemia", the shortest billable
    }

    [Fact]
    public void Search_HigherScore_RanksFirstWhateverTheTieBreaks()
    {
        var hits = fixture.Search("type 2 diabetes");

        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [Fact]
    public void Search_BillableOnly_NoHeaders()
    {
        var all = fixture.Search("diab");
        var billable = fixture.Index.Search(fixture.Scope(billableOnly: true), "diab", 0, 100).Hits;

        Assert.Contains(all, h => !h.Code.Billable);
        Assert.All(billable, h => Assert.True(h.Code.Billable));
        Assert.Equal(all.Where(h => h.Code.Billable).Select(Key), billable.Select(Key));
    }

    [Fact]
    public void Search_SystemsScope_OnlyReleasesInScope()
    {
        var hits = fixture.Index.Search(fixture.Scope(null, false, CodeSystemId.Hcpcs), "diab", 0, 100).Hits;

        Assert.Equal(["hcpcs:G9871"], hits.Select(Key));
    }

    [Fact]
    public void Search_HcpcsTerminatedCode_ExcludedFromTextAsOfLaterDates()
    {
        Assert.Empty(fixture.Index.Search(fixture.Scope(new DateOnly(2026, 2, 1)), "irrigation", 0, 10).Hits);
        Assert.Equal(["hcpcs:A4397"], fixture.Index.Search(fixture.Scope(new DateOnly(2021, 6, 1)), "irrigation", 0, 10).Hits.Select(Key));
    }

    [Fact]
    public void Search_HcpcsNotYetAdded_ExcludedFromText()
    {
        Assert.DoesNotContain(fixture.Index.Search(fixture.Scope(new DateOnly(2025, 6, 1)), "diab", 0, 100).Hits, h => h.Code.Code == "G9871");
    }

    [Fact]
    public void Search_Paging_PagesConcatenateToTheFullListWithoutDuplicates()
    {
        var all = fixture.Search("o").Select(Key).ToList();
        Assert.True(all.Count > 20, $"only {all.Count} results");
        var paged = new List<string>();
        var pages = 0;
        for (var offset = 0; ; offset += 7)
        {
            var page = fixture.Index.Search(fixture.Scope(), "o", offset, 7);
            pages++;
            Assert.True(page.Hits.Count == 7 || !page.HasMore);
            paged.AddRange(page.Hits.Select(Key));
            if (!page.HasMore) break;
        }

        Assert.Equal(all, paged);
        Assert.Equal((all.Count + 6) / 7, pages);
    }

    [Fact]
    public void Search_PageExactlyAtTheEnd_HasMoreFalse()
    {
        var count = fixture.Search("diab").Count;

        Assert.True(fixture.Index.Search(fixture.Scope(), "diab", 0, count - 1).HasMore);
        Assert.False(fixture.Index.Search(fixture.Scope(), "diab", 0, count).HasMore);
        Assert.Empty(fixture.Index.Search(fixture.Scope(), "diab", count, 10).Hits);
    }

    [Fact]
    public void Search_AccentsAndCase_Folded()
    {
        Assert.Equal(fixture.Search("diabetes").Select(Key), fixture.Search("DIABÉTES").Select(Key));
    }

    [Fact]
    public void Search_ShortDescriptionWords_AlsoMatch()
    {
        // "Bls" only appears in the short description of A0428.
        Assert.Equal(["hcpcs:A0428"], fixture.Search("bls").Select(Key));
    }
}
