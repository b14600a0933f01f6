using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Word queries over the fixture index: every word required, the last one completed while typing, tie-breaks.</summary>
public class TextSearchTests(FixtureIndex fixture) : IClassFixture<FixtureIndex>
{
    private static string Key(SearchHit hit) => $"{hit.Code.System.Key()}:{hit.Code.Code}";

    private static bool HasWordStarting(string description, string prefix) =>
        description.Split([' ', ',', '(', ')', ';', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static bool HasWord(string description, string word) =>
        description.Split([' ', ',', '(', ')', ';', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Search_Type2Diabetes_E11CodesFirstAndEveryWordRequired()
    {
        // A page the codes holding every word fill: nothing else is listed.
        var hits = fixture.Index.Search(fixture.Scope(), "type 2 diabetes", 0, 5).Hits;

        Assert.Equal(5, hits.Count);
        Assert.StartsWith("E11", hits[0].Code.Code);
        Assert.All(hits, h => Assert.StartsWith("Type 2 diabetes", h.Code.Description));
        Assert.All(hits, h => Assert.Equal(MatchKind.Text, h.MatchKind));
    }

    [Fact]
    public void Search_FewCodesHoldEveryWord_CodesHoldingSomeWordsFollowThem()
    {
        var hits = fixture.Search("type 2 diabetes");

        var strict = hits.TakeWhile(h => h.Code.Description.StartsWith("Type 2 diabetes", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("E11", hits[0].Code.Code);
        Assert.True(strict.Count < hits.Count);
        Assert.DoesNotContain(hits.Skip(strict.Count), h => h.Code.Description.StartsWith("Type 2 diabetes", StringComparison.Ordinal));
        Assert.Contains(hits.Skip(strict.Count), h => h.Code.Code.StartsWith("E10", StringComparison.Ordinal)); // "type" and "diabetes"
        Assert.True(hits[strict.Count].Score < strict[^1].Score);
    }

    [Fact]
    public void Search_NoCodeHoldsEveryWord_CodesHoldingSomeWordsRarestWordFirst()
    {
        var hits = fixture.Search("diabetes hypertension");

        Assert.NotEmpty(hits);
        Assert.Equal("I10", hits[0].Code.Code); // "hypertension" is the rarer word
        Assert.All(hits, h => Assert.True(HasWordStarting(h.Code.Description, "diabetes") ^ HasWordStarting(h.Code.Description, "hypertension"), h.Code.Description));
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [Fact]
    public void Search_SomeCodesHoldEveryWord_TheyComeFirstWithHigherScores()
    {
        var hits = fixture.Search("diabetes coma");

        Assert.Equal(["icd10cm:E1010", "icd10cm:E11641", "icd10cm:E11649"], hits.Take(3).Select(Key).Order());
        Assert.All(hits.Skip(3), h => Assert.False(HasWordStarting(h.Code.Description, "diabetes") && HasWordStarting(h.Code.Description, "coma")));
        Assert.All(hits.Skip(3), h => Assert.True(h.Score < hits[2].Score));
    }

    [Fact]
    public void Search_UnknownExtraWord_StillFindsTheCodesOfTheOtherWords()
    {
        var hits = fixture.Search("type 2 diabetes mellitus with hyperglycemia 44");

        Assert.Equal("E1165", hits[0].Code.Code);
    }

    [Fact]
    public void Search_SingleUnknownWord_NothingToRelax()
    {
        Assert.Empty(fixture.Search("xyzzy "));
        Assert.Empty(fixture.Search("xyzzy"));
    }

    [Theory]
    [InlineData("fracture of the femur")]
    [InlineData("the fracture of femur")]
    [InlineData("fracture femur")]
    public void Search_StopWords_NotRequired(string query)
    {
        // "the" is in no description: were it required, the femur fractures would only come in the relaxed tier,
        // among codes holding either word.
        var hits = fixture.Index.Search(fixture.Scope(), query, 0, 7).Hits;

        Assert.Equal(
            ["icd10cm:S72", "icd10cm:S720", "icd10cm:S7200", "icd10cm:S72001", "icd10cm:S72001A", "icd10cm:S72001D", "icd10cm:S72001S"],
            hits.Select(Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_OnlyStopWords_RequiredAndNotRelaxed()
    {
        var hits = fixture.Search("the of ");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(HasWord(h.Code.Description, "the") && HasWord(h.Code.Description, "of"), h.Code.Description));
    }

    [Fact]
    public void Search_WordInAnotherDerivedForm_FoundInTheRelaxedTier()
    {
        // No title holds "complicated"; it shares the root "complic" with "complications".
        var hits = fixture.Search("type 2 diabetes mellitus without complicated");

        Assert.Equal("E119", hits[0].Code.Code);
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
        // No code holds "diab" whole: the list is filled from the last word as being typed (ShortListFallback).
        Assert.Equal(fixture.Search("diab").Select(Key), fixture.Search("diab ").Select(Key));
        Assert.Equal(fixture.Search("diabetes").Select(Key).Order(), fixture.Search("diabetes ").Select(Key).Order());
    }

    [Fact]
    public void Search_EarlierWordWrittenShort_IsCompletedBesideTheOthers()
    {
        // "diab" before "mellitus" is not matched as a prefix but completed to the word most codes hold beside
        // "mellitus" (ShortWordCompletion): the codes listed are those of "diabetes mellitus", not those of "mellitus"
        // alone as for a word no description starts with.
        Assert.Equal(fixture.Search("diabetes mellitus").Select(Key).Order(StringComparer.Ordinal),
            fixture.Search("diab mellitus").Select(Key).Order(StringComparer.Ordinal));
        Assert.NotEqual(fixture.Search("xyzzy mellitus").Select(Key).Order(StringComparer.Ordinal),
            fixture.Search("diab mellitus").Select(Key).Order(StringComparer.Ordinal));
        Assert.All(fixture.Search("diabetes mell").Take(3), h => Assert.Contains("diabetes mellitus", h.Code.Description, StringComparison.OrdinalIgnoreCase));
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
        Assert.True(billable.Count >= 3);
        // The category's default first (UnspecifiedChild.PromoteSibling: "without complications" counts as
        // unspecified), then the other billable completions shortest first.
        Assert.Equal("E119", hits[0].Code.Code);
        var others = billable.Skip(1).Select(h => h.Code.Description.Length).ToList();
        Assert.Equal(others.Order(), others);
        Assert.Equal("E1165", hits[1].Code.Code); // "Type 2 diabetes mellitus with hyperglycemia", the shortest other billable
    }

    [Fact]
    public void Search_OneWordTypedWhole_ScoresAboveACompletion()
    {
        // Every S72 title holds "femur" as a whole word; "femu" only starts it.
        var whole = fixture.Search("femur");
        var started = fixture.Search("femu");

        Assert.All(whole, h => Assert.Equal(TextQueryBuilder.WholeWordScore, h.Score));
        Assert.All(started, h => Assert.Equal(TextQueryBuilder.CompletionScore, h.Score));
        Assert.Equal(started.Select(Key), whole.Select(Key));
    }

    [Fact]
    public void Search_OneWordTyped_WholeWordMatchesBeforeLongerWordsItStarts()
    {
        // "pain" is a whole word of R07's titles; no title holds "pai" whole, so every completion ties.
        var hits = fixture.Search("pain");

        Assert.NotEmpty(hits);
        var whole = hits.TakeWhile(h => h.Score == TextQueryBuilder.WholeWordScore).ToList();
        Assert.All(whole, h => Assert.True(HasWord(h.Code.Description, "pain"), h.Code.Description));
        Assert.All(hits.Skip(whole.Count), h => Assert.False(HasWord(h.Code.Description, "pain"), h.Code.Description));
        Assert.All(fixture.Search("pai"), h => Assert.Equal(TextQueryBuilder.CompletionScore, h.Score));
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
