using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A header still among the first five, its codes not listed near it, gives its place to one of its codes.</summary>
public class HeaderStandInTests
{
    private static MedicalCode Node(string code, string description, bool billable) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = billable ? CodeKind.Code : CodeKind.Header, Billable = billable,
        ReleaseId = "FY2026",
    };

    private static SearchHit Hit(MedicalCode code, float score, MatchKind kind = MatchKind.Text) => new(code, score, kind);

    private static readonly MedicalCode WithDelivery = Node("O6010X0", "Preterm labor with preterm delivery, unspecified trimester, not applicable or unspecified", true);
    private static readonly MedicalCode WithoutDelivery = Node("O600", "Preterm labor without delivery", false);
    private static readonly MedicalCode Unspecified = Node("O6000", "Preterm labor without delivery, unspecified trimester", true);
    private static readonly MedicalCode Second = Node("O6002", "Preterm labor without delivery, second trimester", true);
    private static readonly MedicalCode Third = Node("O6003", "Preterm labor without delivery, third trimester", true);

    private static IReadOnlyList<MedicalCode> Children(MedicalCode code) => code.Code == "O600" ? [Unspecified, Second, Third] : [];

    private static List<SearchHit> Page(params MedicalCode[] codes) => codes.Select((c, i) => Hit(c, 10f - i)).ToList();

    [Fact]
    public void Order_HeaderSecondCodesNotListed_ItsUnspecifiedCodeTakesItsPlaceHeaderFollowsTheFirstFive()
    {
        var others = Enumerable.Range(1, 4).Select(i => Node($"O6010X{i}", $"Preterm labor with preterm delivery, unspecified trimester, fetus {i}", true)).ToArray();
        var hits = Page([WithDelivery, WithoutDelivery, .. others]);
        var docs = Enumerable.Range(1, hits.Count).ToList();

        HeaderStandIn.Order(hits, docs, "preterm labor", Children, _ => 42);

        Assert.Equal(["O6010X0", "O6000", "O6010X1", "O6010X2", "O6010X3", "O600", "O6010X4"], hits.Select(h => h.Code.Code));
        Assert.Equal([1, 42, 3, 4, 5, 2, 6], docs);
        // Each position keeps its score; the position added takes the last one.
        Assert.Equal([10f, 9f, 8f, 7f, 6f, 5f, 5f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Order_StandInListedFurtherDown_MovesUpInsteadOfBeingAdded()
    {
        var filler = Enumerable.Range(1, 8).Select(i => Node($"R{i:00}", $"Other {i}", true)).ToArray();
        var hits = Page([WithDelivery, WithoutDelivery, .. filler.Take(8), Unspecified]);
        var docs = Enumerable.Range(1, hits.Count).ToList();

        HeaderStandIn.Order(hits, docs, "preterm labor", Children, _ => 42);

        Assert.Equal(["O6010X0", "O6000", "R01", "R02", "R03", "O600"], hits.Take(6).Select(h => h.Code.Code));
        Assert.Equal(hits.Count, docs.Count);
        Assert.Equal(11, docs[1]);
        Assert.DoesNotContain(42, docs);
    }

    [Fact]
    public void Order_ChildrenEquallyUnspecified_FirstCodeListedFurtherDownTakesThePlace()
    {
        // I48.9 *Unspecified atrial fibrillation and atrial flutter*: I48.91 and I48.92 both say "unspecified" once.
        var header = Node("I489", "Unspecified atrial fibrillation and atrial flutter", false);
        var fibrillation = Node("I4891", "Unspecified atrial fibrillation", true);
        var flutter = Node("I4892", "Unspecified atrial flutter", true);
        var filler = Enumerable.Range(1, 10).Select(i => Node($"J{i:00}", $"Influenza {i}", true)).ToArray();
        var hits = Page([.. filler.Take(3), header, .. filler.Skip(3), flutter]);
        var docs = Enumerable.Range(1, hits.Count).ToList();

        HeaderStandIn.Order(hits, docs, "atrial flu", c => c.Code == "I489" ? [fibrillation, flutter] : [], _ => 42);

        Assert.Equal(["J01", "J02", "J03", "I4892", "J04", "I489"], hits.Take(6).Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_HeaderWithACodeAmongTheFirstTen_LeftToHeaderAfterChildren()
    {
        var hits = Page(WithDelivery, WithoutDelivery, Second);
        var docs = new List<int> { 1, 2, 3 };

        HeaderStandIn.Order(hits, docs, "preterm labor", Children, _ => 42);

        Assert.Equal(["O6010X0", "O600", "O6002"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_NoStandIn_HeaderKeepsItsPlace()
    {
        var hits = Page(WithDelivery, WithoutDelivery);

        HeaderStandIn.Order(hits, [1, 2], "preterm labor", _ => [], _ => 42);

        Assert.Equal(["O6010X0", "O600"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_HeaderFoundByItsCode_NeverMoves()
    {
        var hits = new List<SearchHit> { Hit(WithoutDelivery, 1000f, MatchKind.ExactCode), Hit(WithDelivery, 5f) };

        HeaderStandIn.Order(hits, [-1, 2], "o600", Children, _ => 42);

        Assert.Equal("O600", hits[0].Code.Code);
    }
}
