using System.Text.RegularExpressions;
using CodeSearch.Suggestions.Abbreviations;

namespace CodeSearch.Suggestions.Tests.Abbreviations;

public class AbbreviationExpanderTests
{
    private static readonly AbbreviationExpander Expander = new();

    private static IReadOnlyList<TokenSpan> Whitespace(string text) =>
        Regex.Matches(text, @"\S+").Select(m => new TokenSpan(m.Index, m.Index + m.Length, m.Value)).ToArray();

    private static IReadOnlyList<TokenSpan> Fine(string text) =>
        Regex.Matches(text, @"[A-Za-z0-9]+|[^\sA-Za-z0-9]").Select(m => new TokenSpan(m.Index, m.Index + m.Length, m.Value)).ToArray();

    private static string? ExpansionOf(string text, string surface, Func<string, IReadOnlyList<TokenSpan>>? tokenize = null) =>
        Expander.Expand(text, (tokenize ?? Whitespace)(text)).FirstOrDefault(m => m.Text == surface)?.Expansion;

    [Fact]
    public void Expand_HtnAndT2dm_ReturnsExpansionsWithSourceSpans()
    {
        const string text = "Pt with HTN and T2DM, denies CP";

        var matches = Expander.Expand(text, Whitespace(text));

        Assert.Equal(["hypertension", "type 2 diabetes mellitus", "chest pain"], matches.Select(m => m.Expansion));
        Assert.Equal("HTN", text[matches[0].Start..matches[0].End]);
        Assert.Equal("T2DM", text[matches[1].Start..matches[1].End]);
    }

    [Fact]
    public void Expand_LowercaseCaseInsensitiveEntry_Matches() =>
        Assert.Equal("hypertension", ExpansionOf("hx of htn", "htn"));

    [Fact]
    public void Expand_LowercasePe_IsNotAnAbbreviation() =>
        Assert.Empty(Expander.Expand("pe", Whitespace("pe")));

    [Fact]
    public void Expand_PeInSentence_IsPulmonaryEmbolism() =>
        Assert.Equal("pulmonary embolism", ExpansionOf("CTA negative for PE today", "PE"));

    [Fact]
    public void Expand_PeAsHeader_IsPhysicalExamination()
    {
        Assert.Equal("physical examination", ExpansionOf("PE: lungs clear", "PE"));
        Assert.Equal("physical examination", ExpansionOf("HPI text\nPE\nlungs clear", "PE"));
    }

    [Fact]
    public void Expand_RaNearOxygen_IsRoomAir()
    {
        Assert.Equal("room air", ExpansionOf("sats 95% on RA", "RA"));
        Assert.Equal("rheumatoid arthritis", ExpansionOf("long-standing RA on methotrexate", "RA"));
    }

    [Fact]
    public void Expand_MsByContext_ChoosesMeaning()
    {
        Assert.Equal("mental status", ExpansionOf("altered MS since morning", "MS"));
        Assert.Equal("multiple sclerosis", ExpansionOf("relapsing MS followed by neurology", "MS"));
        Assert.Null(ExpansionOf("seen by Ms Smith", "Ms"));
    }

    [Fact]
    public void Expand_CkdWithStage_PrefersLongestMatch()
    {
        const string text = "CKD stage 3 and CKD 4";

        var matches = Expander.Expand(text, Whitespace(text));

        Assert.Equal(["chronic kidney disease stage 3", "chronic kidney disease stage 4"], matches.Select(m => m.Expansion));
        Assert.Equal("CKD stage 3", matches[0].Text);
    }

    [Fact]
    public void Expand_SlashAbbreviationSplitIntoTokens_MatchesAcrossTokens()
    {
        const string text = "c/o N/V x2 days";

        var matches = Expander.Expand(text, Fine(text));

        Assert.Equal(["complains of", "nausea and vomiting"], matches.Select(m => m.Expansion));
        Assert.Equal("N/V", matches[1].Text);
    }

    [Fact]
    public void Expand_TrailingPunctuation_IsExcludedFromSpan()
    {
        const string text = "(HTN), AFib.";

        var matches = Expander.Expand(text, Whitespace(text));

        Assert.Equal(["HTN", "AFib"], matches.Select(m => m.Text));
        Assert.Equal(1, matches[0].Start);
    }

    [Fact]
    public void Expand_CvaTenderness_IsCostovertebralAngle() =>
        Assert.Equal("costovertebral angle", ExpansionOf("no CVA tenderness", "CVA"));

    [Fact]
    public void Expand_NextDigitRule_Holds()
    {
        var list = AbbreviationList.Parse(new StringReader(
            "abbreviation\texpansion\tcontext_required\tnotes\nT\ttemperature\tcase,next_digit\t\n"), "t.tsv");
        var expander = new AbbreviationExpander(list);

        Assert.Single(expander.Expand("T 38.5", Whitespace("T 38.5")));
        Assert.Empty(expander.Expand("T wave", Whitespace("T wave")));
    }

    [Fact]
    public void Expand_TokenOutsideText_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Expander.Expand("HTN", [new TokenSpan(0, 9, "HTN")]));
}
