using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Core.Tests.Vocabulary;

public class SystemWordRewriterTests
{
    private const string Header = "system\tkind\tterm\tmeans\tapproach\tunless\tnotes\n";

    private static readonly SystemWords Words = SystemWords.Load(new StringReader(Header +
        "pcs\tsuffix\tectomy\tresection\n" +
        "pcs\tsuffix\toscopy\tinspection endoscopic\n" +
        "pcs\troot\tsplen\tspleen\n" +
        "pcs\troot\tappend\tappendix\n" +
        "pcs\troot\tcolon\tlarge intestine|lower intestinal tract\tnatural opening\n" +
        "pcs\troot\tcyst\tbladder\tnatural opening\n" +
        "pcs\tword\tremoval\tresection\t\tstent|device\n" +
        "pcs\tword\tbiopsy\texcision diagnostic\n" +
        "pcs\tword\tx-ray\tplain radiography\n" +
        "pcs\tword\twithout contrast\t-\n" +
        "pcs\troot\tnephr\tkidney\n" +
        "pcs\troot\tgastr\tstomach\n" +
        "pcs\tword\tercp\tfluoroscopy bile ducts\tbile duct via natural or artificial opening endoscopic\n" +
        "pcs\tword\tegd\tinspection upper intestinal tract natural opening endoscopic\n" +
        "pcs\tword\tstent\tdilation intraluminal device\t\tremoval\n" +
        "pcs\tword\twith mesh\tsynthetic substitute\n" +
        "pcs\tword\tlap band\trestriction stomach extraluminal device\n" +
        "pcs\tword\tbanding\tocclusion extraluminal device\n" +
        "pcs\tword\tcystoscopic\tvia natural or artificial opening endoscopic\n" +
        "hcpcs\tword\thumira\tadalimumab\n"));

    private static readonly ClinicalVocabulary Vocabulary = ClinicalVocabulary.Load(
        new StringReader("term\tmeans\tkind\tnotes\tcontext\nhip replacement\treplacement hip joint\tprocedure\t\nsleeve gastrectomy\texcision stomach vertical\tprocedure\t\nhysterectomy\tresection uterus\tprocedure\t\n"),
        new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

    private static SystemRewrite Pcs(string text) => SystemWordRewriter.Rewrite(Words, Vocabulary, CodeSystemId.Icd10Pcs, text);

    [Theory]
    [InlineData("splenectomy ", "resection spleen ")]
    [InlineData("laparoscopic splenectomy ", "laparoscopic resection spleen ")]
    [InlineData("apendectomy ", "resection appendix ")]
    [InlineData("cystoscopy ", "inspection bladder natural opening endoscopic ")]
    [InlineData("colonscopy ", "inspection lower intestinal tract natural opening endoscopic ")]
    public void Rewrite_CombiningFormAndSuffix_RootOperationAndBodyPart(string query, string expected)
    {
        Assert.Equal(expected, Pcs(query).Text);
    }

    [Theory]
    [InlineData("removal of kidney stone", "extirpation of kidney stone")]
    [InlineData("removal of foreign body from eye", "extirpation of matter from eye")]
    [InlineData("fb removal cornea", "matter extirpation cornea")]
    public void Rewrite_RemovalBesideMatter_Extirpation(string query, string expected)
    {
        // Matter taken out of a body part is an Extirpation; before, "removal" was read as a Resection (the row) or,
        // beside "foreign body", kept as the Removal of a device.
        Assert.Equal(expected, Pcs(query).Text.Trim());
    }

    [Fact]
    public void Rewrite_WordBeingTyped_NotCompletedToAnApproachOnlyRow()
    {
        // "cystosc" starts the row "cystoscopic" (an approach) and the operation "cystoscopy": the operation is meant.
        Assert.Equal("inspection bladder natural opening endoscopic", Pcs("cystosc").Text.Trim());
        Assert.Equal("via natural or artificial opening endoscopic resection of bladder",
            Pcs("cystoscopic removal of bladder").Text.Trim());
    }

    [Fact]
    public void Rewrite_RemovalWithoutMatter_KeepsItsRow()
    {
        Assert.Equal("resection of spleen", Pcs("removal of spleen").Text.Trim());
        Assert.Equal("removal of stent", Pcs("removal of stent").Text.Trim());
        // A stone in another system's search is left alone.
        Assert.Equal("removal of kidney stone", SystemWordRewriter.Rewrite(Words, Vocabulary, CodeSystemId.Hcpcs, "removal of kidney stone").Text.Trim());
    }

    private static readonly SystemWords ApproachWords = SystemWords.Load(new StringReader(Header +
        "pcs\tsuffix\tectomy\tresection\n" +
        "pcs\troot\tappend\tappendix\n" +
        "pcs\tword\tthoracoscopic\tpercutaneous endoscopic\n"));

    private static readonly ClinicalVocabulary ApproachVocabulary = ClinicalVocabulary.Load(
        new StringReader("term\tmeans\tkind\tnotes\tcontext\nlaparoscopic\tpercutaneous endoscopic\tprocedure\t\n"),
        new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

    private static SystemRewrite Approach(string text, Func<string, bool>? wholeWord = null) =>
        SystemWordRewriter.Rewrite(ApproachWords, ApproachVocabulary, CodeSystemId.Icd10Pcs, text, wholeWord);

    [Theory]
    [InlineData("appendix removed laparoscopically", "appendix removed laparoscopic")]   // a vocabulary term
    [InlineData("appendectomy thoracoscopically", "resection appendix percutaneous endoscopic")] // a word row
    public void Rewrite_AdverbOfAnApproach_ReadAsItsAdjective(string query, string expected)
    {
        var rewrite = Approach(query);

        Assert.Equal(expected, rewrite.Text.TrimEnd());
        Assert.Contains(query.Split(' ')[^1], rewrite.Written);
    }

    [Fact]
    public void Rewrite_AdverbOfAWholeTitleWord_ReadAsTheWord()
    {
        Assert.Equal("drained percutaneous", Approach("drained percutaneously", w => w == "percutaneous").Text.TrimEnd());
    }

    [Fact]
    public void Rewrite_AdverbReadNowhere_KeptAsWritten()
    {
        // "previously" is no adverb of a row, a term or a title word; "laparoscopically" is a word of the titles here.
        Assert.Equal("previously drained", Approach("previously drained", w => w == "percutaneous").Text);
        Assert.Equal("laparoscopically", Approach("laparoscopically", w => w == "laparoscopically").Text);
        Assert.Equal("laparoscopically", SystemWordRewriter.Rewrite(ApproachWords, ApproachVocabulary, CodeSystemId.Hcpcs, "laparoscopically").Text);
    }

    [Fact]
    public void Rewrite_PhraseReadAsNothing_LeftOut()
    {
        var rewrite = Pcs("x-ray chest without contrast");

        Assert.Equal("plain radiography chest ", rewrite.Text);
        Assert.Equal(["x-ray", "without contrast"], rewrite.Written);
        Assert.Equal("without contrast", Pcs("without contrast").Text);
    }

    [Fact]
    public void Load_SuffixReadAsNothing_Throws()
    {
        Assert.Throws<VocabularyFileException>(() => SystemWords.Load(new StringReader(Header + "pcs\tsuffix\tectomy\t-\n")));
    }

    [Fact]
    public void Rewrite_EndoscopyBesideAnotherOperation_OnlyTheWayIn()
    {
        Assert.Equal("large intestine natural opening endoscopic excision diagnostic ", Pcs("colonoscopy with biopsy ").Text);
    }

    [Theory]
    [InlineData("diagnostic colonoscopy ", "inspection lower intestinal tract natural opening endoscopic ")]
    [InlineData("diagnostic egd ", "inspection upper intestinal tract natural opening endoscopic ")]
    public void Rewrite_DiagnosticBesideAnInspection_ReadAsNothing(string query, string expected)
    {
        var rewrite = Pcs(query);
        Assert.Equal(expected, rewrite.Text);
        Assert.Contains("diagnostic", rewrite.Written);
    }

    [Fact]
    public void Rewrite_DiagnosticBesideAnotherOperation_Kept()
    {
        // The Diagnostic qualifier of an excision stays: only an inspection is diagnostic in itself.
        Assert.Equal("diagnostic large intestine natural opening endoscopic excision diagnostic ", Pcs("diagnostic colonoscopy with biopsy ").Text);
    }

    [Theory]
    [InlineData("egd with dilation of esophagus ", "upper intestinal tract natural opening endoscopic dilation of esophagus ")]
    [InlineData("ercp with stent ", "bile duct via natural or artificial opening endoscopic dilation intraluminal device ")]
    [InlineData("ercp ", "fluoroscopy bile ducts ")]
    public void Rewrite_EndoscopyWordBesideAnotherOperation_ItsApproachOrItsReadingWithoutInspection(string query, string expected)
    {
        Assert.Equal(expected, Pcs(query).Text);
    }

    [Theory]
    [InlineData("splenectomy with biopsy ", "resection spleen excision diagnostic ")]
    [InlineData("repair with mesh ", "repair synthetic substitute ")]
    [InlineData("splenectomy with drain ", "resection spleen with drain ")]
    public void Rewrite_WithBeforeAnotherProcedure_ReadAsNothing(string query, string expected)
    {
        // "with" joins two procedures; before a device or substance it is the tables' own word.
        Assert.Equal(expected, Pcs(query).Text);
    }

    [Theory]
    [InlineData("partial nephrectomy ", "excision kidney ")]
    [InlineData("subtotal gastrectomy ", "excision stomach ")]
    [InlineData("total gastrectomy ", "resection stomach ")]
    [InlineData("nephrectomy ", "resection kidney ")]
    public void Rewrite_PartOrAllBeforeAnEctomy_ExcisionOrResection(string query, string expected)
    {
        var rewrite = Pcs(query);

        Assert.Equal(expected, rewrite.Text);
        Assert.Equal(query.Trim().Split(' '), rewrite.Written);
    }

    [Fact]
    public void Rewrite_GrowthCutOut_ExcisionOfTheBodyPart()
    {
        Assert.Equal("excision of bladder tumor ", Pcs("resection of bladder tumor ").Text);
        Assert.Equal("excision stomach polyp ", Pcs("gastrectomy polyp ").Text);
        Assert.Equal("resection of the spleen ", Pcs("removal of the spleen ").Text);
    }

    [Fact]
    public void Rewrite_WordBeingTypedAlreadyATerm_NotCompleted()
    {
        Assert.Equal("restriction stomach extraluminal device ", Pcs("lap band").Text);
    }

    [Fact]
    public void Rewrite_WordBeingTypedThatTheTitlesHoldWhole_NotCompleted()
    {
        Assert.Equal("hysterectomy ", Pcs("hysterect").Text);
        Assert.Equal("hysterect", SystemWordRewriter.Rewrite(Words, Vocabulary, CodeSystemId.Icd10Pcs, "hysterect", w => w == "hysterect").Text);
    }

    [Fact]
    public void Rewrite_XOfY_ReadsTheOperationWord()
    {
        var rewrite = Pcs("removal of the spleen ");

        Assert.Equal("resection of the spleen ", rewrite.Text);
        Assert.Equal("removal", Assert.Single(rewrite.Written));
    }

    [Fact]
    public void Rewrite_UnlessWordInTheQuery_KeptAsWritten()
    {
        var rewrite = Pcs("removal of stent ");

        Assert.Equal("removal of stent ", rewrite.Text);
        Assert.Empty(rewrite.Written);
    }

    [Fact]
    public void Rewrite_PhraseOfTheClinicalVocabulary_LeftToIt()
    {
        Assert.Equal("sleeve gastrectomy ", Pcs("sleeve gastrectomy ").Text);
    }

    [Theory]
    [InlineData("hip repl", "hip replacement ")]
    [InlineData("hysterect", "hysterectomy ")]
    [InlineData("splenect", "resection spleen ")]
    public void Rewrite_WordBeingTyped_CompletedToTheTermItStarts(string query, string expected)
    {
        Assert.Equal(expected, Pcs(query).Text);
    }

    [Fact]
    public void Rewrite_WordBeingTypedThatStartsNothing_StaysBeingTyped()
    {
        var rewrite = Pcs("knee x-ray of the pat");

        Assert.Equal("knee plain radiography of the pat", rewrite.Text);
    }

    [Fact]
    public void Rewrite_AnotherSystem_WordsOfThatSystemOnly()
    {
        Assert.Equal("adalimumab ", SystemWordRewriter.Rewrite(Words, Vocabulary, CodeSystemId.Hcpcs, "humira").Text);
        Assert.Equal("humira", Pcs("humira").Text);
        Assert.Equal("biopsy ", SystemWordRewriter.Rewrite(Words, Vocabulary, CodeSystemId.Icd10Cm, "biopsy ").Text);
    }

    [Fact]
    public void Load_TheShippedFile_Validates()
    {
        var words = SystemWords.Default;

        Assert.Contains(CodeSystemId.Icd10Pcs, words.Systems);
        Assert.Contains(CodeSystemId.Hcpcs, words.Systems);
        Assert.Equal("resection", words.Find(CodeSystemId.Icd10Pcs, SystemWordKind.Suffix, "ectomy")!.Means);
    }

    [Fact]
    public void Load_RowListedTwice_ThrowsNamingTheLine()
    {
        var ex = Assert.Throws<VocabularyFileException>(() => SystemWords.Load(new StringReader(Header + "pcs\tword\tct\tcomputerized tomography\npcs\tword\tct\tother\n")));

        Assert.Contains("line 3", ex.Message);
    }

    [Fact]
    public void Load_UnknownSystem_Throws()
    {
        Assert.Throws<VocabularyFileException>(() => SystemWords.Load(new StringReader(Header + "cpt\tword\tct\tcomputerized tomography\n")));
    }

    private static readonly SystemWords WithDrugNames = SystemWords.Load(new StringReader(Header + "hcpcs\tword\tneb\tnebulizer\n"),
        new StringReader("term\tmeans\tnotes\ntylenol\tacetaminophen\nsolu-medrol\tmethylprednisolone sodium succinate\n"));

    [Fact]
    public void Load_DrugName_ReadInHcpcsAndIcd10CmNotPcs()
    {
        Assert.Equal("acetaminophen overdose", SystemWordRewriter.Rewrite(WithDrugNames, Vocabulary, CodeSystemId.Icd10Cm, "tylenol overdose").Text);
        Assert.Equal("acetaminophen iv", SystemWordRewriter.Rewrite(WithDrugNames, Vocabulary, CodeSystemId.Hcpcs, "tylenol iv").Text);
        Assert.Equal("tylenol iv", SystemWordRewriter.Rewrite(WithDrugNames, Vocabulary, CodeSystemId.Icd10Pcs, "tylenol iv").Text);
    }

    [Fact]
    public void Load_DrugNameAlsoASystemWord_Throws()
    {
        Assert.Throws<VocabularyFileException>(() => SystemWords.Load(new StringReader(Header + "hcpcs\tword\ttylenol\tacetaminophen\n"),
            new StringReader("term\tmeans\tnotes\ntylenol\tacetaminophen\n")));
    }

    [Fact]
    public void Rewrite_Icd10CmWordBeingTyped_NotCompletedToADrugName()
    {
        Assert.Equal("tyl", SystemWordRewriter.Rewrite(WithDrugNames, Vocabulary, CodeSystemId.Icd10Cm, "tyl").Text);
        Assert.Equal("acetaminophen", SystemWordRewriter.Rewrite(WithDrugNames, Vocabulary, CodeSystemId.Hcpcs, "tyl").Text.Trim());
    }

    [Fact]
    public void Rewrite_PcsPairOfSpinalLevels_ReadAsTheJoint()
    {
        Assert.Equal("cervical vertebral joint anterior fusion", Pcs("c5-c6 anterior fusion").Text);
        Assert.Equal("c5-c6 fusion", SystemWordRewriter.Rewrite(WithDrugNames, Vocabulary, CodeSystemId.Hcpcs, "c5-c6 fusion").Text);
    }

    [Fact]
    public void Default_DrugNamesFile_ReadInHcpcsAndIcd10Cm()
    {
        var words = SystemWords.Default;

        Assert.Equal("acetaminophen", words.Find(CodeSystemId.Hcpcs, SystemWordKind.Word, "tylenol")?.Means);
        Assert.Equal("acetaminophen", words.Find(CodeSystemId.Icd10Cm, SystemWordKind.Word, "tylenol")?.Means);
        Assert.Null(words.Find(CodeSystemId.Icd10Pcs, SystemWordKind.Word, "tylenol"));
    }
}
