using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The provenance named for a text hit found through index terms.</summary>
public class SynonymMatchTests
{
    private static readonly MedicalCode Conduction = new()
    {
        System = CodeSystemId.Icd10Cm, Code = "I459", Description = "Conduction disorder, unspecified", Kind = CodeKind.Code,
        Billable = true, ReleaseId = "FY2026",
    };

    private static readonly ReferenceLookup Reference = new(new ReferenceData
    {
        TargetReleaseId = "FY2026",
        Entries =
        [
            new IndexEntry { Index = IndexKind.Diseases, Path = ["Block, blocked", "heart"], Code = "I45.9", ReleaseId = "FY2023" },
            new IndexEntry { Index = IndexKind.Diseases, Path = ["Attack, attacks", "Adams-Stokes"], Code = "I45.9", ReleaseId = "FY2023" },
        ],
        SeeTargets = [-1, -1],
    });

    private static MedicalCode? Find(CodeSystemId system, string release, string code) => code == Conduction.Code ? Conduction : null;

    [Fact]
    public void Find_WordsFromTwoTerms_NamesBothTerms()
    {
        var provenance = SynonymMatch.Find("heart attack", Conduction, Reference, Find);

        Assert.Equal("Block, blocked heart; Attack, attacks Adams-Stokes", provenance);
    }

    [Fact]
    public void Find_WordsOfOneTerm_NamesThatTerm()
    {
        Assert.Equal("Attack, attacks Adams-Stokes", SynonymMatch.Find("adams-stokes attack", Conduction, Reference, Find));
    }

    [Fact]
    public void Find_WordsOfTheDescription_Null()
    {
        Assert.Null(SynonymMatch.Find("conduction disorder", Conduction, Reference, Find));
    }
}
