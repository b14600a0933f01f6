using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphabeticIndex;
using CodeSearch.Importer.Tests.Tabular;

namespace CodeSearch.Importer.Tests.AlphabeticIndex;

public class AlphabeticIndexXmlReaderTests
{
    private static IReadOnlyList<AlphabeticIndexEntry> Diseases => AlphabeticIndexFixtures.Diseases;

    private static IReadOnlyList<AlphabeticIndexEntry> ReadTitle(string titleXml) =>
        AlphabeticIndexXmlReader.Read(XmlInput.Of($"<ICD10CM.index><letter><title>A</title><mainTerm>{titleXml}</mainTerm></letter></ICD10CM.index>"),
            AlphabeticIndexKind.Diseases, "FY2023", "index.xml");

    [Fact]
    public void Read_Fixture_OneEntryPerMainTermAndTerm()
    {
        Assert.Equal(8, Diseases.Count(e => e.Level == 0));
        Assert.Equal(20, Diseases.Count(e => e.Level > 0));
        Assert.All(Diseases, e => Assert.Equal((AlphabeticIndexKind.Diseases, "FY2023"), (e.Index, e.ReleaseId)));
    }

    [Fact]
    public void Read_MainTerm_StripsNemodIntoModifiers()
    {
        var abasia = Diseases.At("Abasia");

        Assert.Equal(["(-astasia) (hysterical)"], abasia.Modifiers);
        Assert.Equal(("F44.4", 0), (abasia.Code, abasia.Level));
    }

    [Fact]
    public void Read_NestedTerms_PathFromMainTermAndLevel()
    {
        var entry = Diseases.At("Hypertension, hypertensive", "heart", "with", "heart failure");

        Assert.Equal(("I11.0", 3), (entry.Code, entry.Level));
    }

    [Fact]
    public void Read_Modifiers_AccumulateAlongThePath()
    {
        var entry = Diseases.At("Hypertension, hypertensive", "heart", "with", "heart failure");

        Assert.Equal(["(accelerated) (benign) (essential)", "(disease)", "(congestive)"], entry.Modifiers);
    }

    [Fact]
    public void Read_HypertensionWithHeartFailure_AsInTheRealIndex()
    {
        Assert.Equal("I11.0", Diseases.At("Hypertension, hypertensive", "with", "heart failure").Code);
        Assert.Equal("Hypertension, heart", Diseases.At("Hypertension, hypertensive", "with", "heart involvement").See);
    }

    [Fact]
    public void Read_See_IsKeptAsPrinted()
    {
        var heart = Diseases.At("Attack, attacks", "heart");

        Assert.Equal("infarct, myocardium", heart.See);
        Assert.Null(heart.Code);
    }

    [Fact]
    public void Read_SeeAlso_IsKeptBesideCode()
    {
        var pain = Diseases.At("Pain");

        Assert.Equal(("Painful", "R52"), (pain.SeeAlso, pain.Code));
    }

    [Fact]
    public void Read_Manif_IsManifestationCode()
    {
        var amyloid = Diseases.At("Amyloid heart");

        Assert.Equal(("E85.4", "I43"), (amyloid.Code, amyloid.ManifestationCode));
    }

    [Fact]
    public void Read_MainIndex_HasNoCells()
    {
        Assert.All(Diseases, e => Assert.Empty(e.Cells));
    }

    [Fact]
    public void Read_NemodInsideTitle_JoinsTheRest()
    {
        var entry = ReadTitle("<title>vein<nemod>(peripheral)</nemod> NEC</title>").Single();

        Assert.Equal(["vein NEC"], entry.Path);
        Assert.Equal(["(peripheral)"], entry.Modifiers);
    }

    [Fact]
    public void Read_TitleThatIsOnlyANemod_KeepsItAsTitle()
    {
        var entry = ReadTitle("<title><nemod>(taser)</nemod></title>").Single();

        Assert.Equal(["(taser)"], entry.Path);
        Assert.Empty(entry.Modifiers);
    }

    [Theory]
    [InlineData("<title>autonomic<nemod>(poly)</nemod>neuropathy</title>", "autonomic neuropathy")]
    [InlineData("<title><nemod>(gastro)</nemod>enteritis</title>", "enteritis")]
    [InlineData("<title>delta-<nemod>(super)</nemod>infection</title>", "delta-infection")]
    [InlineData("<title>auricle<nemod>(ear)</nemod>, congenital</title>", "auricle, congenital")]
    [InlineData("<title>  Spaced \r\n  out\ttitle </title>", "Spaced out title")]
    public void Read_TitleShapes_NormaliseAsPrinted(string title, string expected)
    {
        Assert.Equal(expected, ReadTitle(title).Single().Path[0]);
    }

    [Fact]
    public void Read_CodeWithTrailingDash_IsKeptAsPrinted()
    {
        Assert.Equal("O10.11-", ReadTitle("<title>Pre-existing</title><code> O10.11- </code>").Single().Code);
    }
}
