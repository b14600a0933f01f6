using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>External cause codes follow the injury codes when the query names an injured body part.</summary>
public class ExternalCauseLastTests
{
    private static SearchHit Hit(string code, string description, float score, CodeSystemId system = CodeSystemId.Icd10Cm) => new(new MedicalCode
    {
        System = system, Code = code, Description = description, Kind = CodeKind.Code, Billable = true, ReleaseId = "FY2026",
    }, score, MatchKind.Text);

    private static List<SearchHit> DogBite() =>
    [
        Hit("W540XXA", "Bitten by dog, initial encounter", 9f), Hit("W541XXA", "Struck by dog, initial encounter", 8f),
        Hit("S61452A", "Open bite of left hand, initial encounter", 7f),
    ];

    [Fact]
    public void Order_BodyPartNamed_InjuryBeforeExternalCauseScoresKeptByPosition()
    {
        var hits = DogBite();
        var docs = new List<int> { 1, 2, 3 };

        ExternalCauseLast.Order("dog bite left hand", hits, docs);

        Assert.Equal(["S61452A", "W540XXA", "W541XXA"], hits.Select(h => h.Code.Code));
        Assert.Equal([3, 1, 2], docs);
        Assert.Equal([9f, 8f, 7f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Order_NoBodyPartNamed_NothingMoves()
    {
        var hits = DogBite();

        ExternalCauseLast.Order("dog bite", hits, [1, 2, 3]);

        Assert.Equal("W540XXA", hits[0].Code.Code);
    }

    [Fact]
    public void Order_OtherSystemsCodesStartingWithTheLetters_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("V2020", "Frames, purchases", 9f, CodeSystemId.Hcpcs), Hit("A4000", "Other", 8f, CodeSystemId.Hcpcs) };

        ExternalCauseLast.Order("eyeglass frames for my face", hits, [1, 2]);

        Assert.Equal("V2020", hits[0].Code.Code);
    }

    [Fact]
    public void Order_NoCauseNamed_ConditionsBeforeExternalCausesWithinTheDefaultPage()
    {
        var hits = new List<SearchHit>
        {
            Hit("Y9314", "Activity, water aerobics and water exercise", 9f), Hit("W1631", "Fall into other water striking water surface", 8f),
            Hit("W1611", "Fall into natural body of water striking water surface", 7f), Hit("W1681", "Jumping or diving into other water", 6f),
            Hit("W1691", "Fall into unspecified water", 5f), Hit("E8770", "Fluid overload, unspecified", 4f),
        };
        var docs = new List<int> { 1, 2, 3, 4, 5, 6 };

        ExternalCauseLast.Order("retaining water", hits, docs);

        Assert.Equal(["E8770", "Y9314", "W1631", "W1611", "W1681", "W1691"], hits.Select(h => h.Code.Code));
        Assert.Equal([6, 1, 2, 3, 4, 5], docs);
        Assert.Equal([9f, 8f, 7f, 6f, 5f, 4f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Order_CauseNamedWithoutBodyPart_NothingMovesEvenBeyondTheFirstFive()
    {
        var hits = new List<SearchHit>
        {
            Hit("W57XXXA", "Bitten or stung by nonvenomous insect and other nonvenomous arthropods, initial encounter", 9f),
            Hit("A681", "Tick-borne relapsing fever", 8f),
        };

        ExternalCauseLast.Order("tick bite", hits, [1, 2]);

        Assert.Equal(["W57XXXA", "A681"], hits.Select(h => h.Code.Code));
    }
}
