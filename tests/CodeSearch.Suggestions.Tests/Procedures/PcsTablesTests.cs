using CodeSearch.Suggestions.Procedures;

namespace CodeSearch.Suggestions.Tests.Procedures;

public class PcsTablesTests
{
    private static readonly PcsTables Tables = PcsTables.From(PcsFixture.Codes);

    private static PcsBodyPart Part(string prefix) => Assert.Single(Tables.BodyParts, b => b.Prefix == prefix);

    [Fact]
    public void From_BodyPartLabel_TitleWordsSharedUnderPrefixLessOperationAndApproach()
    {
        Assert.Equal(["gallbladd"], Part("0FT4").Label);
        Assert.Equal("Resection", Part("0FT4").Operation);
        Assert.Equal(["liver"], Part("0FB0").Label);
        Assert.Equal(["abdomen", "pelvi"], Part("BW21").Label);
        Assert.Equal(["abdomen"], Part("BW20").Label);
    }

    [Fact]
    public void From_Approaches_WordsSharedUnderFiveCharacterPrefix()
    {
        var approaches = Part("0FT4").Approaches.ToDictionary(a => a.Prefix, a => a.Label);

        Assert.Equal(["open"], approaches["0FT40"]);
        Assert.Equal(["endoscop", "percutan"], approaches["0FT44"]);
    }

    [Fact]
    public void Pick_NoApproachNoQualifier_ShortestTitle()
    {
        Assert.Equal("BW20ZZZ", Tables.Pick(Part("BW20"), null, []));
        Assert.Equal("0FB00ZZ", Tables.Pick(Part("0FB0"), null, []));
    }

    [Fact]
    public void Pick_Qualifier_CodeWhoseTitleHoldsIt()
    {
        Assert.Equal("0FB00ZX", Tables.Pick(Part("0FB0"), null, ["diagnost"]));
        var percutaneous = Part("0FB0").Approaches.Single(a => a.Prefix == "0FB03");
        Assert.Equal("0FB03ZX", Tables.Pick(Part("0FB0"), percutaneous, ["diagnost"]));
    }

    [Fact]
    public void From_OtherSystemsAndUnreadSections_Ignored()
    {
        var cm = new CodeSearch.Core.MedicalCode
        {
            System = CodeSearch.Core.CodeSystemId.Icd10Cm, Code = "K8020", Description = "Calculus of gallbladder",
            Kind = CodeSearch.Core.CodeKind.Code, Billable = true, ReleaseId = "FY2026",
        };

        Assert.Empty(PcsTables.From([cm]).BodyParts);
    }
}

public class PcsTablesSectionTests
{
    private static readonly PcsTables Tables = PcsTables.From(PcsFixture.Codes);

    [Fact]
    public void From_MeasurementSection_BodySystemLabelAndExternalApproach()
    {
        var part = Assert.Single(Tables.BodyParts, b => b.Prefix == "4A02");

        Assert.Equal("Measurement", part.Operation);
        Assert.Equal([CodeSearch.Suggestions.Matching.Stemmer.Stem("cardiac")], part.Label);
        Assert.Equal([CodeSearch.Suggestions.Matching.Stemmer.Stem("external")], part.Approaches.Single(a => a.Prefix == "4A02X").Label);
    }

    [Fact]
    public void From_SectionNotRead_NoBodyParts()
    {
        Assert.DoesNotContain(Tables.BodyParts, b => b.Prefix.StartsWith('6'));
    }
}
