using CodeSearch.Core.Reference;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Neoplasms;
using CodeSearch.Suggestions.Pipeline;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Neoplasms;

/// <summary>Neoplasm Table candidates over a hand-written five-row table and the codes its cells name.</summary>
public class NeoplasmFinderTests
{
    internal static readonly TermDictionary Dictionary = Dictionary(
    [
        Icd("C229", "Liver cancer"),
        Icd("C240", "Bile duct cancer"),
        Icd("C34", "Lung cancer", billable: false),
        Icd("C349", "Lung cancer, part not stated", billable: false, parent: "C34"),
        Icd("C3490", "Lung cancer, unspecified side", parent: "C349"),
        Icd("C3491", "Lung cancer, right side", parent: "C349"),
        Icd("C3492", "Lung cancer, left side", parent: "C349"),
        Icd("C64", "Kidney cancer", billable: false),
        Icd("C641", "Kidney cancer, right", parent: "C64"),
        Icd("C642", "Kidney cancer, left", parent: "C64"),
        Icd("C649", "Kidney cancer, unspecified side", parent: "C64"),
        Icd("C78", "Secondary cancer of chest and digestive organs", billable: false),
        Icd("C780", "Secondary lung cancer", billable: false, parent: "C78"),
        Icd("C7800", "Secondary lung cancer, unspecified side", parent: "C780"),
        Icd("C7801", "Secondary lung cancer, right", parent: "C780"),
        Icd("C7802", "Secondary lung cancer, left", parent: "C780"),
        Icd("C787", "Secondary liver cancer", parent: "C78"),
        Icd("C79", "Secondary cancer of other sites", billable: false),
        Icd("C790", "Secondary kidney cancer", billable: false, parent: "C79"),
        Icd("C7900", "Secondary kidney cancer, unspecified side", parent: "C790"),
        Icd("C7901", "Secondary kidney cancer, right", parent: "C790"),
        Icd("C7902", "Secondary kidney cancer, left", parent: "C790"),
        Icd("C795", "Secondary bone cancer", billable: false, parent: "C79"),
        Icd("C7951", "Secondary bone cancer, bone", parent: "C795"),
        Icd("C7952", "Secondary bone cancer, marrow", parent: "C795"),
        Icd("C797", "Secondary adrenal cancer", billable: false, parent: "C79"),
        Icd("C7970", "Secondary adrenal cancer, unspecified side", parent: "C797"),
        Icd("C7971", "Secondary adrenal cancer, right", parent: "C797"),
        Icd("C7972", "Secondary adrenal cancer, left", parent: "C797"),
        Icd("D015", "Liver carcinoma in situ"),
        Icd("D134", "Benign liver tumour"),
        Icd("D490", "Digestive tumour of unspecified behaviour"),
        Icd("D4951", "Kidney tumour of unspecified behaviour", billable: false),
        Icd("D49511", "Kidney tumour of unspecified behaviour, right", parent: "D4951"),
        Icd("D49512", "Kidney tumour of unspecified behaviour, left", parent: "D4951"),
        Icd("D49519", "Kidney tumour of unspecified behaviour, unspecified side", parent: "D4951"),
    ]);

    private static readonly string[] Columns =
        ["Malignant Primary", "Malignant Secondary", "Ca in situ", "Benign", "Uncertain Behavior", "Unspecified Behavior"];

    internal static readonly ReferenceData Reference = new()
    {
        TargetReleaseId = Release,
        Entries =
        [
            Row(0, ["Neoplasm, neoplastic"], "C80.1", "C79.9", "D09.9", "D36.9", "D48.9", "D49.9"),
            Row(1, ["Neoplasm, neoplastic", "adrenal"], "C74.9-", "C79.7-", "D09.3", "D35.0-", "D44.1-", "D49.7"),
            Row(1, ["Neoplasm, neoplastic", "bone"], "C41.9", "C79.5-", "-", "D16.9", "D48.0", "D49.2"),
            Row(1, ["Neoplasm, neoplastic", "cystic"], "C24.0", "C78.89", "D01.5", "D13.5", "D37.6", "D49.0"),
            Row(1, ["Neoplasm, neoplastic", "kidney"], "C64.-", "C79.0-", "-", "D30.0-", "D41.0-", "D49.51-"),
            Row(1, ["Neoplasm, neoplastic", "liver"], "C22.9", "C78.7", "D01.5", "D13.4", "D37.6", "D49.0"),
            Row(1, ["Neoplasm, neoplastic", "lung"], "C34.9-", "C78.0-", "D02.2-", "D14.3-", "D38.1", "D49.1"),
        ],
    };

    internal static readonly NeoplasmTable Table = NeoplasmTable.Build(Reference, Dictionary);

    private static AlphabeticIndexEntry Row(int level, string[] path, params string[] cells) => new()
    {
        Index = AlphabeticIndexKind.Neoplasms, Path = path, Level = level, ReleaseId = Release,
        Cells = cells.Select((c, i) => new TableCell(Columns[i], c)).ToList(),
    };

    private static List<Mention> Mentions(string text)
    {
        var sentences = new NoteReader().Read(text, Dictionary.Vocabulary, CancellationToken.None);
        return sentences.SelectMany((s, i) => NeoplasmFinder.Find(text, s, i, Table, NeoplasmWords.Default)).ToList();
    }

    private static List<string> Codes(string text) =>
        Mentions(text).Select(m => Dictionary.Codes[m.Term.CodePosition].Code).Distinct().Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("CT showed adrenal metastases.", "C7970")]
    [InlineData("Metastasis to the right adrenal gland.", "C7971")]
    [InlineData("Hepatic metastases.", "C787")]
    [InlineData("Pulmonary metastases.", "C7800")]
    [InlineData("Osseous metastases.", "C7951")]
    [InlineData("Metastatic disease to the liver.", "C787")]
    [InlineData("Secondary liver tumor.", "C787")]
    [InlineData("Metastatic lesions in the left lung.", "C7802")]
    [InlineData("Metastatic liver lesions were seen.", "C787")]
    [InlineData("Metastatic right adrenal nodules.", "C7971")]
    [InlineData("Metastatic pulmonary nodules.", "C7800")]
    public void Find_SecondaryWording_SecondaryColumnOfTheSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("Renal cell carcinoma.", "C649")]
    [InlineData("Carcinoma of the left kidney.", "C642")]
    [InlineData("Malignant neoplasm of the liver.", "C229")]
    [InlineData("Metastatic lung cancer.", "C3490")]
    [InlineData("Metastases from a primary lung carcinoma.", "C3490")]
    public void Find_PrimaryWording_PrimaryColumnOfTheSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("Right renal tumor.", "D49511")]
    [InlineData("Tumor in the kidney.", "D49519")]
    [InlineData("Mass of neoplastic appearance in the liver.", "D490")]
    [InlineData("Benign liver tumor.", "D134")]
    [InlineData("Carcinoma in situ of the liver.", "D015")]
    public void Find_OtherBehaviours_TheirColumn(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("Metastatic liver cancer.", "C229")]
    [InlineData("Metastatic liver and lung carcinoma.", "C229|C3490")]
    public void Find_MetastaticBeforeSitesAndAHeadNoun_TheSitesAreTheHeadsPrimary(string text, string expected)
    {
        // "metastatic" takes the sites right after it only when no head noun follows them.
        Assert.Equal(expected.Split('|'), Codes(text));
    }

    [Fact]
    public void Find_MetastaticBeforeAnotherWord_NoSite()
    {
        Assert.Empty(Codes("Metastatic spread with liver enzymes raised."));
    }

    [Fact]
    public void Find_MetastasisOfAnotherPrimary_EachSiteToItsOwnHead()
    {
        Assert.Equal(["C3490", "C7902"], Codes("Left renal metastasis of pulmonary epidermoid carcinoma."));
    }

    [Fact]
    public void Find_PrimaryWithMetastases_PrimaryAndSecondarySitesNotCrossed()
    {
        Assert.Equal(["C3490", "C787", "C7951"], Codes("Lung adenocarcinoma with metastases to the liver and bone."));
    }

    [Fact]
    public void Find_ListOfSites_EachItemItsOwnSiteAndSide()
    {
        Assert.Equal(["C7800", "C787", "C7951"], Codes("Liver, lung and bone metastases."));
        Assert.Equal(["C787", "C7901"], Codes("Metastases to the right kidney and liver."));
    }

    [Fact]
    public void Find_SiteBeforeACommaAndAnotherCondition_NotTheHeadsSite()
    {
        Assert.Equal(["C649"], Codes("Pulmonary tuberculosis, kidney carcinoma."));
    }

    [Fact]
    public void Find_NotSiteWord_NoSite()
    {
        Assert.Empty(Codes("Cystic tumor."));
    }

    [Fact]
    public void Find_NoSideStated_NeverASide()
    {
        var codes = Codes("Adrenal metastases and a kidney tumor.");

        Assert.Contains("C7970", codes);
        Assert.Contains("D49519", codes);
        Assert.DoesNotContain("C7971", codes);
        Assert.DoesNotContain("C7972", codes);
        Assert.DoesNotContain("D49511", codes);
    }

    [Fact]
    public void Find_Neoplasia_UnspecifiedBehaviourWithPrimaryAsWeakerReading()
    {
        var mentions = Mentions("Neoplasia of the liver.").ToDictionary(m => Dictionary.Codes[m.Term.CodePosition].Code);

        Assert.Equal(1f, mentions["D490"].NeoplasmReading);
        Assert.Equal(NeoplasmFinder.AlternativeReading, mentions["C229"].NeoplasmReading);
    }

    [Theory]
    [InlineData("Tumor markers of the liver were normal.")]
    [InlineData("The liver was normal. Metastases were not seen.")]
    [InlineData("Liver enzymes were raised.")]
    public void Find_NoSiteOrNoNeoplasm_Nothing(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void Find_Mention_EvidenceIsTheWordsAndTheRationaleNamesTheRow()
    {
        const string text = "CT showed adrenal metastases.";
        var mention = Assert.Single(Mentions(text));

        Assert.Equal("adrenal metastases", text[mention.Evidence.Start..mention.Evidence.End]);
        Assert.Equal(TermSource.NeoplasmTable, mention.Term.Source);
        Assert.Equal("Neoplasm Table: adrenal (malignant secondary)", mention.Term.Text);
    }

    [Theory]
    [InlineData(Side.None, "C7970")]
    [InlineData(Side.Right, "C7971")]
    [InlineData(Side.Left, "C7972")]
    [InlineData(Side.Bilateral, "C7970")]
    public void Resolve_DashCell_CodeForTheStatedSideElseTheUnspecifiedSide(Side side, string expected)
    {
        var adrenal = Table.Sites.Single(s => s.Title == "adrenal");

        Assert.Equal(expected, Dictionary.Codes[Table.Resolve(adrenal, NeoplasmBehaviour.Secondary, side)].Code);
    }

    [Fact]
    public void Resolve_DashCellWithoutSides_FirstCodeInOrder()
    {
        var bone = Table.Sites.Single(s => s.Title == "bone");

        Assert.Equal("C7951", Dictionary.Codes[Table.Resolve(bone, NeoplasmBehaviour.Secondary, Side.None)].Code);
        Assert.Equal(-1, Table.Resolve(bone, NeoplasmBehaviour.InSitu, Side.None));
    }
}
