using CodeSearch.Core.Reference;
using static CodeSearch.Core.Tests.Support.Codes;
using static CodeSearch.Core.Tests.Support.Tabular;

namespace CodeSearch.Core.Tests.Reference;

/// <summary>Index entries leading to a code, and the synonyms a code is searched by.</summary>
public class ReferenceLookupEntriesTests
{
    private static readonly AlphabeticIndexEntry MyocardialInfarct = Entry(AlphabeticIndexKind.Diseases, "I21.9", "Infarct, infarction", "myocardium, myocardial") with { Modifiers = ["(acute)"] };
    private static readonly AlphabeticIndexEntry HeartAttack = Entry(AlphabeticIndexKind.Diseases, null, "Attack, attacks", "heart") with { See = "infarct, myocardium" };
    private static readonly AlphabeticIndexEntry ExternalCause = Entry(AlphabeticIndexKind.ExternalCauses, "I21.9", "Exertion", "cardiac");
    private static readonly AlphabeticIndexEntry DrugRow = Entry(AlphabeticIndexKind.Drugs, null, "Cardiotoxin") with
    {
        Cells = [new TableCell("Poisoning Accidental (unintentional)", "I21.9"), new TableCell("Adverse effect", "--")],
    };
    private static readonly AlphabeticIndexEntry Amyloid = Entry(AlphabeticIndexKind.Diseases, "E85.4", "Amyloid heart") with { ManifestationCode = "I43" };
    private static readonly AlphabeticIndexEntry NeoplasmAbdomen = Entry(AlphabeticIndexKind.Neoplasms, null, "Neoplasm, neoplastic", "abdomen, abdominal") with
    {
        Cells = [new TableCell("Malignant Primary", "C76.2"), new TableCell("Malignant Secondary", "C79.8-"), new TableCell("Ca in situ", "-")],
    };

    private static readonly ReferenceLookup Lookup = new(Data(
    [
        Chapter("9", "Diseases of the circulatory system (I00-I99)"),
        Section("I20-I25", "9", "Ischemic heart diseases (I20-I25)"),
        Diag("I21", "I20-I25", "Acute myocardial infarction", Note(NoteKind.InclusionTerm, "cardiac infarction")),
        Diag("I219", "I21", "Acute myocardial infarction, unspecified", Note(NoteKind.InclusionTerm, "Myocardial infarction (acute) NOS")),
    ],
    [MyocardialInfarct, HeartAttack, ExternalCause, DrugRow, Amyloid, NeoplasmAbdomen],
    [-1, 0, -1, -1, -1, -1]));

    private static readonly MedicalCode I21 = Icd("I21", "Acute myocardial infarction", false, null);
    private static readonly MedicalCode I219 = Icd("I219", "Acute myocardial infarction, unspecified", true, "I21");
    private static readonly Func<string, MedicalCode?> Find = Finder(I21, I219);

    [Fact]
    public void EntriesFor_Code_EntriesGivingItAsCodeOrTableCell()
    {
        var entries = Lookup.EntriesFor(I219);

        Assert.Equal([MyocardialInfarct, ExternalCause, DrugRow], entries);
    }

    [Fact]
    public void EntriesFor_ManifestationCode_TheEntryPrintingIt()
    {
        Assert.Equal([Amyloid], Lookup.EntriesFor(Icd("I43", "Cardiomyopathy in diseases classified elsewhere", true, null)));
        Assert.Equal([Amyloid], Lookup.EntriesFor(Icd("E854", "Organ-limited amyloidosis", true, null)));
    }

    [Fact]
    public void EntriesFor_CellNeedingMoreCharacters_LeadsToItsStem()
    {
        Assert.Equal([NeoplasmAbdomen], Lookup.EntriesFor(Icd("C798", "Secondary malignant neoplasm of other specified sites", false, null)));
        Assert.Equal([NeoplasmAbdomen], Lookup.EntriesFor(Icd("C762", "Malignant neoplasm of abdomen", true, null)));
    }

    [Fact]
    public void EntriesFor_CategoryOfAnIndexedCode_NotAPrefixMatch()
    {
        Assert.Empty(Lookup.EntriesFor(I21));
        Assert.Empty(Lookup.EntriesFor(Icd("C79", "Secondary malignant neoplasm of other and unspecified sites", false, null)));
    }

    [Fact]
    public void EntriesFor_NotIcd10Cm_None()
    {
        Assert.Empty(Lookup.EntriesFor(Hcpcs("I219", "A HCPCS code spelled like I21.9")));
    }

    [Fact]
    public void SynonymsFor_Code_OwnInclusionTermsIndexPathsAndEntriesSeeingThem()
    {
        var synonyms = Lookup.SynonymsFor(I219);

        Assert.Equal("Myocardial infarction (acute) NOS", synonyms[0]);
        Assert.Equal(
            ["Attack, attacks heart", "Exertion cardiac", "Infarct, infarction myocardium, myocardial", "Myocardial infarction (acute) NOS"],
            synonyms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SynonymsFor_Code_NoTableRowsNorInheritedInclusionTerms()
    {
        var synonyms = Lookup.SynonymsFor(I219);

        Assert.DoesNotContain("Cardiotoxin", synonyms);
        Assert.DoesNotContain("cardiac infarction", synonyms);
    }

    [Fact]
    public void SynonymsFor_CodeOnlyInATable_None()
    {
        Assert.Empty(Lookup.SynonymsFor(Icd("C762", "Malignant neoplasm of abdomen", true, null)));
    }

    [Fact]
    public void SynonymsFor_CategoryWithOwnInclusionTerm_ItsOwnTermOnly()
    {
        Assert.Equal(["cardiac infarction"], Lookup.SynonymsFor(I21));
    }

    [Fact]
    public void EntriesFor_TitleChangedSinceOlderTabular_OlderIndexEntriesNotCarriedForward()
    {
        var retitled = Icd("I219", "Acute myocardial infarction, type unspecified", true, "I21");

        var entries = Lookup.EntriesFor(retitled);

        Assert.DoesNotContain(entries, e => e.ReleaseId == "FY2023");
        Assert.Contains(DrugRow, entries);
        Assert.DoesNotContain(Lookup.SynonymsFor(retitled), s => s.Contains("Attack", StringComparison.Ordinal));
    }
}
