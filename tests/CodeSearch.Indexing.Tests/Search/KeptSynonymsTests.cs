using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A code's index and inclusion terms kept per generation are those the reference lists, worked out once.</summary>
public class KeptSynonymsTests
{
    private static readonly MedicalCode Conduction = ConductionBlockFixture.Conduction;
    private static readonly ReferenceLookup Reference = ConductionBlockFixture.Reference;

    [Fact]
    public void Of_SameCode_TheReferenceTermsKeptOnce()
    {
        var kept = new KeptSynonyms(Reference);

        var first = kept.Of(Conduction);

        Assert.Equal(Reference.SynonymsFor(Conduction), first);
        Assert.Same(first, kept.Of(Conduction));
    }

    [Fact]
    public void Of_EqualCodeOfAnotherGeneration_NotShared()
    {
        var kept = new KeptSynonyms(Reference);
        var copy = Conduction with { };

        Assert.NotSame(kept.Of(Conduction), kept.Of(copy));
    }
}
