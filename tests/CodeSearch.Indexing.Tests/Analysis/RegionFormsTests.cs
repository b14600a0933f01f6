using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Tests.Analysis;

public class RegionFormsTests
{
    [Fact]
    public void Build_Fixture_StemmedWordToStemmedRegionPhrases()
    {
        var rows = RegionWords.Load(new StringReader("word\tregion\tnotes\nleg\tlower limb\nleg\tlower extremities\nbelly\tabdominal wall\n"));

        var table = RegionForms.Build(rows);

        Assert.Equal([["lower", "limb"], ["lower", "extremity"]], table["leg"]);
        Assert.Equal([["abdominal", "wall"]], table["belly"]);
    }

    [Fact]
    public void WordForms_EverydayRegion_MatchesTheTitlesRegionBelowTheWordItself()
    {
        var forms = WordForms.Of("leg");

        Assert.Equal(["leg"], forms[0]);
        Assert.Contains(forms, f => f.SequenceEqual(["lower", "limb"]));
        Assert.Contains(forms, f => f.SequenceEqual(["lower", "extremity"]));
        Assert.Equal(WordForms.OrganFormWeight, WordForms.Weight("leg", ["lower", "limb"]));
        Assert.Equal(1f, WordForms.Weight("leg", ["leg"]));
    }

    [Fact]
    public void WordForms_WordNamingNoRegion_NoRegionForm()
    {
        Assert.Empty(RegionForms.Of("pneumonia"));
        Assert.False(RegionForms.IsRegionOf("knee", ["lower", "limb"]));
    }
}
