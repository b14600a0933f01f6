using CodeSearch.Indexing.Analysis;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Reference;

/// <summary>SearchIndex over the fixture indexes and tables: any word order, optional modifiers, column words, most specific first.</summary>
public class EntrySearcherTests(ReferenceFixtureIndex fixture) : IClassFixture<ReferenceFixtureIndex>
{
    private static string Path(EntryHit hit) => string.Join(" › ", hit.Entry.Path);

    private static IReadOnlyList<(string, string)> Described(IEnumerable<EntryHit> hits) =>
        hits.Select(h => (Path(h), string.Join(";", h.Columns))).ToList();

    [Theory]
    [InlineData("neoplasm liver secondary")]
    [InlineData("liver secondary neoplasm")]
    [InlineData("Secondary, liver: neoplasm")]
    public void Search_WordsInAnyOrder_SameMatches(string query)
    {
        Assert.Equal(Described(fixture.Entries("secondary liver neoplasm")), Described(fixture.Entries(query)));
    }

    [Fact]
    public void Search_SecondaryLiverNeoplasm_LiverWithTheMalignantSecondaryColumn()
    {
        var first = fixture.Entries("secondary liver neoplasm")[0];

        Assert.Equal(["Neoplasm, neoplastic", "liver"], first.Entry.Path);
        Assert.Equal(["Malignant Secondary"], first.Columns);
        Assert.Equal("C78.7", first.Entry.Cells.Single(c => c.Column == "Malignant Secondary").Code);
    }

    [Fact]
    public void Search_ModifierNotTyped_StillFound()
    {
        var hits = fixture.Entries("hypertension heart failure");

        Assert.Equal(["Hypertension, hypertensive", "with", "heart failure"], hits[0].Entry.Path);
        Assert.Contains("(congestive)", hits[0].Entry.Modifiers);
        Assert.Equal("I11.0", hits[0].Entry.Code);
    }

    [Fact]
    public void Search_ModifierTyped_MatchesOnlyEntriesCarryingIt()
    {
        var hits = fixture.Entries("hypertension congestive heart failure");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("(congestive)", h.Entry.Modifiers));
        Assert.Equal(["Abasia"], fixture.Entries("abasia hysterical").Select(h => Path(h)));
        Assert.Equal(["Abasia"], fixture.Entries("abasia").Select(h => Path(h)));
    }

    [Fact]
    public void Search_WordInNeitherPathNorModifiers_NoMatch()
    {
        // "acute" is a modifier of Infarct › myocardium, not of any hypertension entry: every word is required.
        Assert.Empty(fixture.Entries("hypertension heart failure acute"));
        Assert.Empty(fixture.Entries("liver zebra"));
    }

    [Fact]
    public void Search_HypertensiveHeartDiseaseWithHeartFailure_TheDocumentedEntryFirst()
    {
        var first = fixture.Entries("hypertensive heart disease with heart failure")[0];

        Assert.Equal(["Hypertension, hypertensive", "heart", "with", "heart failure"], first.Entry.Path);
        Assert.Equal("I11.0", first.Entry.Code);
    }

    [Theory]
    [InlineData("acetaminophen poisoning accidental", "Poisoning Accidental (unintentional)")]
    [InlineData("accidental poisoning acetaminophen", "Poisoning Accidental (unintentional)")]
    [InlineData("acetaminophen adverse effect", "Adverse effect")]
    [InlineData("acetaminophen underdosing", "Underdosing")]
    [InlineData("acetaminophen poisoning intentional self-harm", "Poisoning Intentional self-harm")]
    [InlineData("liver benign", "Benign")]
    public void Search_ColumnWords_PickTheColumnSharingTheMostWords(string query, string column)
    {
        var first = fixture.Entries(query)[0];

        Assert.Equal([column], first.Columns);
    }

    [Fact]
    public void Search_NoColumnWord_NoColumnsPicked()
    {
        var first = fixture.Entries("acetaminophen")[0];

        Assert.Equal(["Acetaminophen"], first.Entry.Path);
        Assert.Empty(first.Columns);
        Assert.Equal(6, first.Entry.Cells.Count);
    }

    [Fact]
    public void Search_EntryWithoutCells_NoColumnsEvenWhenAColumnWordIsTyped()
    {
        // "benign" heads a neoplasm column and is a word of this disease subterm.
        var first = fixture.Entries("hypertension benign intracranial")[0];

        Assert.Equal(["Hypertension, hypertensive", "benign, intracranial"], first.Entry.Path);
        Assert.Empty(first.Columns);
    }

    [Fact]
    public void Search_SeveralEntriesMatch_FewestExtraPathWordsFirst()
    {
        Assert.Equal(
            ["Diabetes, diabetic › type 2", "Diabetes, diabetic › type 2 › with", "Diabetes, diabetic › type 2 › with › hyperglycemia"],
            fixture.Entries("diabetes type 2").Select(h => Path(h)));
        Assert.Equal(
            ["Neoplasm, neoplastic › liver", "Neoplasm, neoplastic › liver › primary"],
            fixture.Entries("secondary liver neoplasm").Select(h => Path(h)));
    }

    [Fact]
    public void Search_KindGiven_OnlyThatIndex()
    {
        Assert.All(fixture.Entries("heart", AlphabeticIndexKind.Diseases), h => Assert.Equal(AlphabeticIndexKind.Diseases, h.Entry.Index));
        Assert.NotEmpty(fixture.Entries("heart", AlphabeticIndexKind.Diseases));
        Assert.Empty(fixture.Entries("heart", AlphabeticIndexKind.Drugs));
        Assert.Empty(fixture.Entries("liver", AlphabeticIndexKind.Diseases));
        Assert.Equal(
            ["Fall, falling › object", "Struck by › object", "Struck by › object › falling"],
            fixture.Entries("object", AlphabeticIndexKind.ExternalCauses).Select(h => Path(h)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_NoKind_EveryIndexAndTable()
    {
        Assert.Equal(
            [AlphabeticIndexKind.Diseases, AlphabeticIndexKind.Neoplasms, AlphabeticIndexKind.Drugs, AlphabeticIndexKind.ExternalCauses],
            new[] { "diabetes", "liver", "acetaminophen", "chair" }.Select(q => fixture.Entries(q)[0].Entry.Index));
    }

    [Fact]
    public void Search_EntryWithSee_FollowedEntryGiven()
    {
        var first = fixture.Entries("heart attack")[0];

        Assert.Equal(["Attack, attacks", "heart"], first.Entry.Path);
        Assert.NotNull(first.Followed);
        Assert.Equal(["Infarct, infarction", "myocardium, myocardial"], first.Followed.Path);
        Assert.Equal("I21.9", first.Followed.Code);
        Assert.Null(fixture.Entries("acetaminophen")[0].Followed);
    }

    [Fact]
    public void Search_Limit_AtMostThatMany()
    {
        Assert.True(fixture.Entries("heart", limit: 20).Count > 3);
        Assert.Equal(3, fixture.Entries("heart", limit: 3).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ...")]
    public void Search_NoWords_Nothing(string query)
    {
        Assert.Empty(fixture.Entries(query));
    }

    [Theory]
    [InlineData("Neoplasm, neoplastic|liver")]
    [InlineData("Hypertension, hypertensive|with|heart failure")]
    [InlineData("Child's|Crohn's disease|(congestive)|x-ray, chest")]
    [InlineData("Fracture, traumatic|femur|neck|Fracture, traumatic")]
    public void JoinedStems_SameAsTheJoinedPathAnalysed(string joined)
    {
        var path = joined.Split('|');
        var searcher = fixture.Index.Entries!;

        var first = searcher.JoinedStems(path);
        var again = searcher.JoinedStems(path); // the parts' stems now come from the kept ones

        Assert.Equal(QueryTokens.Stems(string.Join(' ', path)).Order(StringComparer.Ordinal), first.Order(StringComparer.Ordinal));
        Assert.Equal(first.Order(StringComparer.Ordinal), again.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JoinedStems_PathOverMaxTokens_CutWhereTheJoinedTextIsCut()
    {
        // 10 parts of 5 distinct words: the joined text keeps its first MaxTokens words, so must the parts.
        var path = Enumerable.Range(0, 10).Select(p => string.Join(' ', Enumerable.Range(1, 5).Select(w => $"w{p * 5 + w}"))).ToArray();

        var stems = fixture.Index.Entries!.JoinedStems(path);

        Assert.Equal(QueryTokens.MaxTokens, stems.Length);
        Assert.Equal(QueryTokens.Stems(string.Join(' ', path)).Order(StringComparer.Ordinal), stems.Order(StringComparer.Ordinal));
    }
}
