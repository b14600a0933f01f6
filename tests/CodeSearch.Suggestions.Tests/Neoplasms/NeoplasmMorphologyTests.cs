using CodeSearch.Core.Reference;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Neoplasms;
using CodeSearch.Suggestions.Pipeline;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Neoplasms;

/// <summary>
/// Morphologies the Alphabetic Index sends to the Neoplasm Table ("Sarcoma: see also Neoplasm, connective tissue,
/// malignant"), over a hand-written table of four rows and five index pointers.
/// </summary>
public class NeoplasmMorphologyTests
{
    private static readonly TermDictionary Dictionary = Dictionary(
    [
        Icd("C229", "Liver cancer"),
        Icd("C499", "Connective tissue cancer"),
        Icd("C709", "Meninges cancer"),
        Icd("C787", "Secondary liver cancer"),
        Icd("C7989", "Secondary connective tissue cancer"),
        Icd("D134", "Benign liver tumour"),
        Icd("D219", "Benign connective tissue tumour"),
        Icd("D329", "Benign meninges tumour"),
        Icd("D376", "Liver tumour of uncertain behaviour"),
        Icd("D4811", "Connective tissue tumour of uncertain behaviour"),
    ]);

    private static readonly string[] Columns =
        ["Malignant Primary", "Malignant Secondary", "Ca in situ", "Benign", "Uncertain Behavior", "Unspecified Behavior"];

    private static readonly ReferenceData Reference = new()
    {
        TargetReleaseId = Release,
        Entries =
        [
            Pointer("Sarcoma", seeAlso: "Neoplasm, connective tissue, malignant"),
            Pointer("Meningioma", seeAlso: " Neoplasm, meninges, benign"),
            Pointer("Angioendothelioma", see: "Neoplasm, uncertain behavior, by site"),
            Pointer("Growth", see: "Neoplasm"),
            Pointer("Carcinoma", seeAlso: "Neoplasm, by site, benign"),
            Row(1, ["Neoplasm, neoplastic", "connective tissue NEC"], "C49.9", "C79.89", "-", "D21.9", "D48.11", "D49.2"),
            Row(1, ["Neoplasm, neoplastic", "liver"], "C22.9", "C78.7", "-", "D13.4", "D37.6", "D49.0"),
            Row(1, ["Neoplasm, neoplastic", "meninges"], "C70.9", "C79.49", "-", "D32.9", "D42.9", "D49.7"),
        ],
    };

    private static readonly NeoplasmTable Table = NeoplasmTable.Build(Reference, Dictionary);

    private static AlphabeticIndexEntry Pointer(string title, string? see = null, string? seeAlso = null) => new()
    {
        Index = AlphabeticIndexKind.Diseases, Path = [title], Level = 0, ReleaseId = Release, See = see, SeeAlso = seeAlso,
    };

    private static AlphabeticIndexEntry Row(int level, string[] path, params string[] cells) => new()
    {
        Index = AlphabeticIndexKind.Neoplasms, Path = path, Level = level, ReleaseId = Release,
        Cells = cells.Select((c, i) => new TableCell(Columns[i], c)).ToList(),
    };

    private static List<string> Codes(string text)
    {
        var sentences = new NoteReader().Read(text, Dictionary.Vocabulary, CancellationToken.None);
        return sentences.SelectMany((s, i) => NeoplasmFinder.Find(text, s, i, Table, NeoplasmWords.Default))
            .Select(m => Dictionary.Codes[m.Term.CodePosition].Code).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Build_ReadsOnlyPointersNamingAColumn()
    {
        // Sarcoma, Meningioma, Angioendothelioma, Carcinoma; "Growth: see Neoplasm" names no column.
        Assert.Equal(4, Table.MorphologyCount);
        Assert.Null(Table.MorphologyOf(Stemmer.Stem("growth")));
        var sarcoma = Table.MorphologyOf(Stemmer.Stem("sarcomas"));
        Assert.NotNull(sarcoma);
        Assert.Equal(NeoplasmBehaviour.Primary, sarcoma.Behaviour);
        Assert.Equal("connective tissue NEC", sarcoma.DefaultSite?.Title);
        Assert.Null(Table.MorphologyOf(Stemmer.Stem("angioendothelioma"))?.DefaultSite);
    }

    [Theory]
    [InlineData("Sarcoma of the liver.", "C229")]
    [InlineData("Hepatic sarcoma.", "C229")]
    [InlineData("Angioendothelioma of the liver.", "D376")]
    [InlineData("Metastatic sarcoma to the liver.", "C787")]
    public void Find_MorphologyWithAStatedSite_ThePointersColumnOfThatSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("A sarcoma was resected.", "C499")]
    [InlineData("Histology showed a meningioma.", "D329")]
    public void Find_MorphologyWithNoSite_ThePointersSite(string text, string expected)
    {
        Assert.Equal([expected], Codes(text));
    }

    [Theory]
    [InlineData("Angioendothelioma was confirmed.")] // "by site" and no site stated: no code
    [InlineData("Growth of the liver.")] // the pointer names no column
    public void Find_NoColumnOrNoSite_Nothing(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void Find_HandWrittenHeadWins_CarcinomaStaysMalignant()
    {
        // The fixture's pointer says benign; the word file's "carcinoma" (malignant primary) decides.
        Assert.Equal(["C229"], Codes("Carcinoma of the liver."));
    }

    [Theory]
    [InlineData("Neoplasm, vertebral (column), malignant", NeoplasmBehaviour.Primary)]
    [InlineData("Neoplasm,  benign, by site", NeoplasmBehaviour.Benign)]
    [InlineData("Neoplasm, uncertain behavior, by site", NeoplasmBehaviour.Uncertain)]
    public void Read_PointerText_ItsColumn(string pointer, NeoplasmBehaviour expected)
    {
        var entry = Pointer("Osteoma", see: pointer);
        Assert.Equal(expected, NeoplasmMorphologies.Read(entry, _ => null)?.Behaviour);
    }

    [Fact]
    public void Read_PointerSite_TheRowWithTheSameWording()
    {
        string? asked = null;
        NeoplasmMorphologies.Read(Pointer("Chordoma", see: "Neoplasm, vertebral (column), malignant"), key => { asked = key; return null; });
        Assert.Equal(NeoplasmMorphologies.SiteKey("vertebra"), asked);
    }
}
