using CodeSearch.Suggestions.Procedures;

namespace CodeSearch.Suggestions.Tests.Procedures;

public class ProcedureTermsTests
{
    private static readonly ComposedProcedures Composed = ProcedureTerms.Compose(PcsTables.From(PcsFixture.Codes), PcsFixture.Words);

    private static string[] CodesFor(params string[] stems) => Composed.Terms
        .Where(t => t.Stems.Length == stems.Length && stems.All(t.Stems.Contains)).Select(t => t.Code).ToArray();

    private static string[] CodesForWords(string text) => CodesFor(ProcedureWords.Stems(text));

    [Fact]
    public void Compose_OperationWordAndBodyPartLabel_UsualCode()
    {
        Assert.Equal(["BW20ZZZ"], CodesFor("ct", "abdomen"));
        Assert.Equal(["BW21ZZZ"], CodesFor("ct", "abdomen", "pelvi"));
        Assert.Equal(["0FT40ZZ"], CodesFor("resect", "gallbladd"));
    }

    [Fact]
    public void Compose_LayFormOfLabel_SameCode()
    {
        Assert.Equal(["BW20ZZZ"], CodesFor("ct", "abdomin"));
    }

    [Fact]
    public void Compose_SeveralLayForms_Combined()
    {
        Assert.Equal(["BW21ZZZ"], CodesForWords("CT abdominal pelvic"));
        Assert.Equal(["BW21ZZZ"], CodesForWords("CT abdomen pelvic"));
    }

    [Fact]
    public void Compose_ImagingLabelWithBothSides_AlsoWithoutTheSideWord()
    {
        Assert.Equal(["BT43ZZZ"], CodesForWords("renal ultrasound"));
        Assert.Equal(["BT43ZZZ"], CodesForWords("kidneys ultrasound"));
        Assert.Equal(["BT41ZZZ"], CodesForWords("right renal ultrasound"));
    }

    [Fact]
    public void Compose_SurgicalLabelWithBothSides_SideWordKept()
    {
        Assert.Empty(CodesForWords("lung resection"));
        Assert.Equal(["0BTM0ZZ"], CodesForWords("bilateral lungs resection"));
    }

    [Fact]
    public void Compose_QualifiedOperation_QualifiedCode()
    {
        Assert.Equal(["0FB00ZX"], CodesFor("biopsi", "liver"));
    }

    [Fact]
    public void Compose_OneWordProcedure_StandsForOperationAndBodyPart()
    {
        var term = Assert.Single(Composed.Terms, t => t.Text == "cholecystectomy");
        Assert.Equal("0FT40ZZ", term.Code);
        Assert.Equal(["cholecystectomi"], term.Stems);
    }

    [Fact]
    public void Compose_OperationWithoutWording_NoTerms()
    {
        Assert.DoesNotContain(Composed.Terms, t => t.Code.StartsWith("0FTG", StringComparison.Ordinal) && t.Stems.Contains("cholecystectomi"));
        Assert.Empty(CodesFor("excis", "liver"));
    }

    [Fact]
    public void Refine_StatedApproach_CodeUnderThatApproach()
    {
        var laparoscopic = new HashSet<string>(["laparoscop", "cholecystectomi"]);
        var open = new HashSet<string>(["open", "cholecystectomi"]);

        Assert.Equal("0FT44ZZ", Composed.Approaches.Refine("0FT40ZZ", laparoscopic));
        Assert.Null(Composed.Approaches.Refine("0FT40ZZ", open));
        Assert.Null(Composed.Approaches.Refine("0FT40ZZ", new HashSet<string>(["cholecystectomi"])));
        Assert.Equal("0FB03ZX", Composed.Approaches.Refine("0FB00ZX", new HashSet<string>(["percutan", "biopsi", "liver"])));
    }
}

public class ProcedureApproachesTests
{
    private static List<CodeSearch.Suggestions.Ranking.ScoredCandidate> Analyze(string text)
    {
        var codes = PcsFixture.Codes;
        var composed = ProcedureTerms.Compose(PcsTables.From(codes), PcsFixture.Words);
        var dictionary = CodeSearch.Suggestions.Matching.DictionaryBuilder.Build(CodeSearch.Core.CodeSystemId.Icd10Pcs, codes, _ => [], [],
            composed: composed);
        return new CodeSearch.Suggestions.Engine.NoteAnalyzer().Analyze(text, dictionary, CodeSearch.Suggestions.Ranking.CodePriors.Empty,
            CodeSearch.Suggestions.Ranking.RankerModel.Initial, CancellationToken.None);
    }

    [Fact]
    public void Analyze_LaparoscopicCholecystectomy_MovedToPercutaneousEndoscopicCode()
    {
        var candidates = Analyze("A laparoscopic cholecystectomy was performed.");

        var code = Assert.Single(candidates, c => c.Code.Code.StartsWith("0FT4", StringComparison.Ordinal));
        Assert.Equal("0FT44ZZ", code.Code.Code);
        Assert.Equal(CodeSearch.Suggestions.Matching.TermSource.Composed, code.Best.Term.Source);
        Assert.False(code.Excluded);
    }

    [Fact]
    public void Analyze_NoApproachStated_UsualCode()
    {
        var candidates = Analyze("Abdominal CT was normal. Cholecystectomy in 2010.");

        Assert.Contains(candidates, c => c.Code.Code == "BW20ZZZ");
        Assert.Contains(candidates, c => c.Code.Code == "0FT40ZZ");
    }

    [Fact]
    public void Analyze_ApproachInAnotherSentence_NotApplied()
    {
        var candidates = Analyze("Laparoscopic approach was discussed. Cholecystectomy was performed.");

        Assert.Contains(candidates, c => c.Code.Code == "0FT40ZZ");
        Assert.DoesNotContain(candidates, c => c.Code.Code == "0FT44ZZ");
    }
}

public class ProcedureTermsSectionTests
{
    private static readonly ComposedProcedures Composed = ProcedureTerms.Compose(PcsTables.From(PcsFixture.Codes), PcsFixture.Words);

    [Fact]
    public void Compose_MeasurementProcedure_ApproachAndQualifierPickTheCode()
    {
        var term = Assert.Single(Composed.Terms, t => t.Text == "ecg");

        Assert.Equal("4A02X4Z", term.Code);
    }

    [Fact]
    public void Compose_Urography_FluoroscopyOfKidneysUretersAndBladder()
    {
        var term = Assert.Single(Composed.Terms, t => t.Text == "urography");

        Assert.StartsWith("BT14", term.Code, StringComparison.Ordinal);
    }
}
