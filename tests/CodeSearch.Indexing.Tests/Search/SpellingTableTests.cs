using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The in-memory correction table: the same answers Lucene's fuzzy term enumeration gave (checked over the
/// full index's query words in bench/, SearchStageProfile), here on hand-made word lists.</summary>
public class SpellingTableTests
{
    private static SpellingTable Table(params (string Word, int Codes)[] words) => new(words);

    [Fact]
    public void Closest_HeldWord_ItselfAtDistanceZero()
    {
        Assert.Equal(("asthma", 0), Table(("asthma", 5), ("astma", 50)).Closest("asthma", 2));
    }

    [Theory]
    [InlineData("pnuemonia", "pneumonia")] // swap
    [InlineData("migrane", "migraine")] // insertion
    [InlineData("diabettes", "diabetes")] // deletion
    [InlineData("diabetis", "diabetes")] // substitution
    [InlineData("xneumonia", "pneumonia")] // the first letter may change at one edit
    public void Closest_OneEditAway_Found(string typed, string expected)
    {
        var table = Table(("pneumonia", 40), ("migraine", 30), ("diabetes", 900));

        Assert.Equal((expected, 1), table.Closest(typed, 1));
    }

    [Fact]
    public void Closest_SeveralOneEditAway_MostCodesThenAlphabetical()
    {
        Assert.Equal(("bone", 1), Table(("cone", 3), ("bone", 9), ("tone", 9)).Closest("hone", 1));
        Assert.Equal(("bone", 1), Table(("tone", 9), ("bone", 9)).Closest("hone", 1));
    }

    [Fact]
    public void Closest_TwoEdits_OnlyWithTheSameFirstLetterAndEnoughCodes()
    {
        var table = Table(("asthma", 20), ("rectocele", 2), ("lactose", 40));

        Assert.Equal(("asthma", 2), table.Closest("athsma", 2));
        Assert.Null(table.Closest("athsma", 1)); // two edits not allowed
        Assert.Null(table.Closest("lactocele", 2)); // rectocele: another first letter and too few codes
        Assert.Null(table.Closest("bsthmo", 2)); // asthma is two edits away but starts with another letter
    }

    [Fact]
    public void Closest_OneEditPreferredOverMoreCommonTwoEdits()
    {
        var table = Table(("fracture", 5000), ("fractura", 3));

        Assert.Equal(("fractura", 1), table.Closest("fractuta", 2));
    }

    [Fact]
    public void Table_WordsWithOtherCharacters_Ignored()
    {
        var table = Table(("covid19", 50), ("covid", 5));

        Assert.Equal(1, table.Count);
        Assert.Equal(("covid", 1), table.Closest("covix", 1));
    }
}

/// <summary>The cost that orders corrections: sound and first letter (docs/search.md, "Misspellings").</summary>
public class SpellingCostTests
{
    private static SpellingTable Table(params (string Word, int Codes)[] words) => new(words);

    [Fact]
    public void Closest_SoundAlike_BeforeCloserSpelling()
    {
        var table = Table(("edema", 200), ("eczema", 20));

        Assert.Equal("eczema", table.Closest("exema", 1)?.Word); // two edits, but it sounds alike
    }

    [Fact]
    public void Closest_SoundAlike_ReachesThreeEdits()
    {
        var table = Table(("cirrhosis", 30), ("siderosis", 8));

        Assert.Equal("cirrhosis", table.Closest("sirosis", 2)?.Word);
    }

    [Fact]
    public void Closest_SameFirstLetter_BeforeMoreCommonOtherFirstLetter()
    {
        var table = Table(("partial", 900), ("atrial", 60));

        Assert.Equal("atrial", table.Closest("artial", 1)?.Word);
    }

    [Fact]
    public void Candidates_BestFirst_WithoutTheWordItself()
    {
        var table = Table(("xerosis", 12), ("cirrhosis", 30), ("sirosis", 1));

        var candidates = table.Candidates("sirosis", 2, 4).Select(c => c.Word).ToList();

        Assert.DoesNotContain("sirosis", candidates);
        Assert.Equal(["xerosis", "cirrhosis"], candidates); // both sound alike; xerosis is fewer edits away
    }

    [Fact]
    public void Closest_TwoConsonantKey_SoundsAlikeOnlyBetweenLongWordsOfTheSameFirstLetter()
    {
        // "diaherea" and "diarrhea" share the key D R, three edits apart; "dorr" and "deer" share it too but are short.
        var table = Table(("diarrhea", 20), ("diaper", 30), ("dorr", 50), ("tearier", 40));

        Assert.Equal(("diarrhea", 3), table.Closest("diaherea", 2));
        Assert.Equal("diarrhea", table.Closest("diarea", 2)?.Word); // before, diaper: as many edits, more codes
        Assert.True(SpellingTable.SoundsAlike("diaherea", "diarrhea"));
        Assert.False(SpellingTable.SoundsAlike("diaherea", "dorr")); // a short word of the key
        Assert.False(SpellingTable.SoundsAlike("ceriaea", "sorrier")); // the same key (S R), another first letter
        Assert.False(SpellingTable.SoundsAlike("dora", "dear")); // the typed word is short
    }
}
