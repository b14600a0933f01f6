using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The unspecified code of a family is placed beside its specific siblings crowding the first five.</summary>
public class CategoryDefaultTests
{
    private static MedicalCode Node(string code, string description, bool billable = true) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = billable ? CodeKind.Code : CodeKind.Header, Billable = billable,
        ReleaseId = "FY2026",
    };

    private static readonly MedicalCode Newborn = Node("P7882", "Peptic ulcer of newborn");
    private static readonly MedicalCode Category = Node("K27", "Peptic ulcer, site unspecified", false);
    private static readonly MedicalCode AcuteHemorrhage = Node("K270", "Acute peptic ulcer, site unspecified, with hemorrhage");
    private static readonly MedicalCode AcutePerforation = Node("K271", "Acute peptic ulcer, site unspecified, with perforation");
    private static readonly MedicalCode History = Node("Z8711", "Personal history of peptic ulcer disease");
    private static readonly MedicalCode ChronicHemorrhage = Node("K274", "Chronic or unspecified peptic ulcer, site unspecified, with hemorrhage");
    private static readonly MedicalCode Unspecified = Node("K279", "Peptic ulcer, site unspecified, unspecified as acute or chronic, without hemorrhage or perforation");

    private static readonly MedicalCode[] Known = [Category, AcuteHemorrhage, AcutePerforation, ChronicHemorrhage, Unspecified];

    private static MedicalCode? Find(MedicalCode _, string code) => Known.FirstOrDefault(c => c.Code == code);

    private static IReadOnlyList<MedicalCode> Children(MedicalCode code) =>
        code.Code == "K27" ? [AcuteHemorrhage, AcutePerforation, ChronicHemorrhage, Unspecified] : [];

    private static List<SearchHit> Page(params MedicalCode[] codes) => codes.Select((c, i) => new SearchHit(c, 20f - i, MatchKind.Text)).ToList();

    private static MedicalCode[] Filler(int count) => Enumerable.Range(1, count).Select(i => Node($"R{i:00}", $"Other finding {i}")).ToArray();

    [Fact]
    public void Place_SiblingsCrowdTheFirstFive_FamilysUnspecifiedCodeListedFurtherDownFollowsTheFirstSibling()
    {
        var hits = Page([Newborn, AcuteHemorrhage, AcutePerforation, History, ChronicHemorrhage, .. Filler(6), Unspecified]);
        var docs = Enumerable.Range(1, hits.Count).ToList();
        var scores = hits.Select(h => h.Score).ToList();

        CategoryDefault.Place("peptic ulcer disease", hits, docs, Find, Children, _ => 42);

        Assert.Equal(["P7882", "K270", "K279", "K271", "Z8711", "K274"], hits.Take(6).Select(h => h.Code.Code));
        Assert.Equal([1, 2, 12, 3, 4, 5], docs.Take(6));
        Assert.Equal(scores, hits.Select(h => h.Score));
    }

    [Fact]
    public void Place_FamilysUnspecifiedCodeNotListed_AddedFromTheHeaderWithItsDocument()
    {
        // The header's children: one more unspecified than every other (the walk of UnspecifiedChild.UnspecifiedLeaf).
        var header = Node("F12", "Cannabis related disorders", false);
        var abuse = Node("F12188", "Cannabis abuse with other cannabis-induced disorder");
        var dependence = Node("F12288", "Cannabis dependence with other cannabis-induced disorder");
        var use = Node("F129", "Cannabis use, unspecified", false);
        var useUncomplicated = Node("F1290", "Cannabis use, unspecified, uncomplicated");
        var abuseGroup = Node("F121", "Cannabis abuse", false);
        var hits = Page([abuse, dependence, .. Filler(4)]);
        var docs = Enumerable.Range(1, hits.Count).ToList();

        CategoryDefault.Place("smokes cannabis", hits, docs,
            (_, code) => new[] { header, abuse, dependence, use, useUncomplicated, abuseGroup }.FirstOrDefault(c => c.Code == code),
            c => c.Code switch { "F12" => [abuseGroup, use], "F129" => [useUncomplicated], _ => [] }, _ => 42);

        Assert.Equal(["F12188", "F1290", "F12288", "R01", "R02"], hits.Take(5).Select(h => h.Code.Code));
        Assert.Equal(42, docs[1]);
        Assert.Equal(hits.Count, docs.Count);
    }

    [Fact]
    public void Place_CodeAloneOfItsCategory_MoreUnspecifiedCodeListedFurtherDownFollowsIt()
    {
        var hits = Page([Newborn, AcuteHemorrhage, History, .. Filler(6), Unspecified]);

        CategoryDefault.Place("peptic ulcer disease", hits, Enumerable.Range(1, hits.Count).ToList(), Find, Children, _ => 42);

        Assert.Equal(["P7882", "K270", "K279", "Z8711", "R01"], hits.Take(5).Select(h => h.Code.Code));
    }

    [Fact]
    public void Place_CodeAloneOfItsCategoryFamilysCodeNotListed_NothingAdded()
    {
        var hits = Page([Newborn, AcuteHemorrhage, History, .. Filler(6)]);
        var before = hits.Select(h => h.Code.Code).ToList();

        CategoryDefault.Place("peptic ulcer disease", hits, Enumerable.Range(1, hits.Count).ToList(), Find, Children, _ => 42);

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Place_CodeAloneOfItsCategoryOtherCodeOnlySaysWithout_NothingMoves()
    {
        var with = Node("I020", "Rheumatic chorea with heart involvement");
        var without = Node("I029", "Rheumatic chorea without heart involvement");
        var hits = Page([Newborn, with, .. Filler(6), without]);
        var before = hits.Select(h => h.Code.Code).ToList();

        CategoryDefault.Place("chorea", hits, Enumerable.Range(1, hits.Count).ToList(), (_, _) => null, _ => [], _ => 42);

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Place_QueryNamesWhatTheUnspecifiedCodeIsWithout_NothingMoves()
    {
        // Both siblings hold "hemorrhage"; K27.9 says "without hemorrhage", which does not state it.
        var hits = Page([AcuteHemorrhage, ChronicHemorrhage, .. Filler(6), Unspecified]);
        var before = hits.Select(h => h.Code.Code).ToList();

        CategoryDefault.Place("peptic ulcer with hemorrhage", hits, Enumerable.Range(1, hits.Count).ToList(), Find, Children, _ => 42);

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Place_FamilysUnspecifiedCodeAlreadyAmongTheFirstFive_NothingMoves()
    {
        var hits = Page(AcuteHemorrhage, AcutePerforation, Newborn, Unspecified, History, ChronicHemorrhage);
        var before = hits.Select(h => h.Code.Code).ToList();

        CategoryDefault.Place("peptic ulcer", hits, Enumerable.Range(1, hits.Count).ToList(), Find, Children, _ => 42);

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Place_CodeMatchAmongTheFirstFive_LeftAlone()
    {
        var hits = Page([AcuteHemorrhage, AcutePerforation, .. Filler(6), Unspecified]);
        hits[0] = hits[0] with { MatchKind = MatchKind.CodePrefix };
        var before = hits.Select(h => h.Code.Code).ToList();

        CategoryDefault.Place("k27", hits, Enumerable.Range(1, hits.Count).ToList(), Find, Children, _ => 42);

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Vagueness_WithoutCountsOverWith()
    {
        Assert.True(CategoryDefault.Vagueness(Unspecified.Description) > CategoryDefault.Vagueness(ChronicHemorrhage.Description));
        Assert.True(CategoryDefault.Vagueness(ChronicHemorrhage.Description) > CategoryDefault.Vagueness(AcuteHemorrhage.Description));
    }
}
