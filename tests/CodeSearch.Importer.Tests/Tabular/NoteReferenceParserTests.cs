using CodeSearch.Core.Reference;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.Tests.Tabular;

public class NoteReferenceParserTests
{
    private static CodeReference Exact(string code) => new(code, code, false);

    private static CodeReference Prefix(string code) => new(code, code, true);

    private static CodeReference Range(string from, string to) => new(from, to, true);

    private static IReadOnlyList<CodeReference> Parse(string text) => NoteReferenceParser.Parse(text);

    [Fact]
    public void Parse_DotDash_IsPrefixOfCategory()
    {
        Assert.Equal([Prefix("E08")], Parse("diabetes mellitus due to underlying condition (E08.-)"));
    }

    [Fact]
    public void Parse_FullCode_IsExact()
    {
        Assert.Equal([Exact("Z794")], Parse("long term use of insulin (Z79.4)"));
    }

    [Fact]
    public void Parse_BareCategory_IsPrefix()
    {
        Assert.Equal([Prefix("E02")], Parse("subclinical hypothyroidism (E02)"));
    }

    [Fact]
    public void Parse_SubcategoryWithDash_IsPrefixWithoutDot()
    {
        Assert.Equal([Prefix("O244")], Parse("gestational diabetes (O24.4-)"));
    }

    [Theory]
    [InlineData("(E08-E13)", "E08", "E13")]
    [InlineData("(E08.0-E08.9)", "E080", "E089")]
    [InlineData("(K85-K86.-)", "K85", "K86")]
    [InlineData("(I70.2--I70.7-)", "I702", "I707")]
    [InlineData("(Q70.0- -Q70.3-)", "Q700", "Q703")]
    [InlineData("(I01.0 -I01.9)", "I010", "I019")]
    [InlineData("(S00.- to S09.-)", "S00", "S09")]
    public void Parse_RangeShapes_GiveOneRange(string text, string from, string to)
    {
        Assert.Equal([Range(from, to)], Parse("see " + text));
    }

    [Fact]
    public void Parse_CommaList_GivesEachInOrder()
    {
        Assert.Equal([Prefix("I10"), Prefix("I11")], Parse("hypertension (I10, I11.-)"));
    }

    [Fact]
    public void Parse_MixedListWithRangesSemicolonsAndAnd_GivesAll()
    {
        Assert.Equal(
            [Range("J00", "J06"), Range("J20", "J22"), Exact("S240"), Exact("S241"), Prefix("C432"), Prefix("C442")],
            Parse("a (J00-J06; J20-J22) b (S24.0 and S24.1) c (C43.2-,C44.2-)"));
    }

    [Fact]
    public void Parse_TrailingCommaAndSpace_AreTolerated()
    {
        Assert.Equal([Exact("K50014"), Exact("K50114")], Parse("(K50.014, K50.114, )"));
    }

    [Fact]
    public void Parse_IeAbbreviation_MakesGroupQualified_NoReferences()
    {
        Assert.Empty(Parse("codes in this chapter (i.e. E05.8, E07.0) may be used"));
    }

    [Theory]
    [InlineData("adverse effect (T36-T50 with fifth or sixth character 5)")]
    [InlineData("with final characters (I69. with final characters -23)")]
    [InlineData("stage (F10-F19, with .17, .27, .97)")]
    [InlineData("deficiency (G6PD)")]
    [InlineData("factor (IGF1)")]
    [InlineData("disease (with C3 glomerulopathy)")]
    [InlineData("heart failure (congestive)")]
    public void Parse_QualifiedOrNonCodeGroups_GiveNothing(string text)
    {
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void Parse_RangeWithEndsOutOfOrder_IsDropped()
    {
        Assert.Equal([Prefix("T63")], Parse("misprint (T63.81-R63.83, T63.-)"));
    }

    [Fact]
    public void Parse_DoubledDotBeforeDash_IsPrefix()
    {
        Assert.Equal([Prefix("D292")], Parse("(D29.2.-)"));
    }

    [Fact]
    public void Parse_SeveralGroups_GiveAllWithoutDuplicates()
    {
        Assert.Equal([Prefix("F70"), Exact("Z794")], Parse("code (F70) here (Z79.4) and again (Z79.4)"));
    }

    [Fact]
    public void Parse_CodeOutsideParentheses_IsIgnored()
    {
        Assert.Empty(Parse("codes E05.8 and E07.0 may be used"));
    }

    [Fact]
    public void Parse_NestedParentheses_UsesInnermostGroup()
    {
        Assert.Equal([Range("S00", "T88")], Parse("injuries (see chapter 19 (S00-T88))"));
    }

    [Fact]
    public void Parse_SevenCharacterCodeAndLetterInsideCode_AreRead()
    {
        Assert.Equal([Exact("T391X1A"), Exact("F02A4")], Parse("(T39.1X1A, F02.A4)"));
    }

    [Fact]
    public void Parse_UnclosedParenthesis_GivesNothing()
    {
        Assert.Empty(Parse("broken (E08.-"));
    }

    [Fact]
    public void Covers_ParsedReferences_MatchExpectedCodes()
    {
        var prefix = Parse("(E08.-)").Single();
        var range = Parse("(E08.0-E08.9)").Single();
        var categories = Parse("(R00-R09)").Single();

        Assert.True(prefix.Covers("E0800"));
        Assert.False(prefix.Covers("E090"));
        Assert.True(range.Covers("E0811"));
        Assert.False(range.Covers("E09"));
        Assert.True(categories.Covers("R079"));
        Assert.False(categories.Covers("R10"));
    }
}
