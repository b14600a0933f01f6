using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A header listed first gives way to its reportable "unspecified" code when that code is listed early.</summary>
public class UnspecifiedChildTests
{
    private static SearchHit Hit(string code, string description, float score, bool billable = true, MatchKind kind = MatchKind.Text) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = billable ? CodeKind.Code : CodeKind.Header, Billable = billable,
        ReleaseId = "FY2026",
    }, score, kind);

    [Fact]
    public void Promote_HeaderFirst_ItsUnspecifiedCodeMovesFirstScoresKeptByPosition()
    {
        var hits = new List<SearchHit>
        {
            Hit("R11", "Nausea and vomiting", 9f, billable: false), Hit("R110", "Nausea", 8f), Hit("R112", "Nausea with vomiting, unspecified", 7f),
        };
        var docs = new List<int> { 1, 2, 3 };

        UnspecifiedChild.Promote(hits, docs, "");

        Assert.Equal(["R112", "R11", "R110"], hits.Select(h => h.Code.Code));
        Assert.Equal([3, 1, 2], docs);
        Assert.Equal([9f, 8f, 7f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Promote_UnspecifiedCodeOfAnotherHeader_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("R11", "Nausea and vomiting", 9f, billable: false), Hit("R1084", "Generalized abdominal pain, unspecified", 8f) };

        UnspecifiedChild.Promote(hits, [1, 2], "");

        Assert.Equal("R11", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_HeaderFoundByItsCode_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("E11", "Type 2 diabetes mellitus", 1000f, billable: false, kind: MatchKind.ExactCode), Hit("E119", "Type 2 diabetes mellitus without complications, unspecified", 500f, kind: MatchKind.CodePrefix) };

        UnspecifiedChild.Promote(hits, [1, 2], "");

        Assert.Equal("E11", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_ReportableFirst_MoreUnspecifiedCodeOfItsCategoryMovesFirst()
    {
        var hits = new List<SearchHit>
        {
            Hit("C4401", "Basal cell carcinoma of skin of lip", 9f), Hit("C4411", "Basal cell carcinoma of skin of eyelid", 8f),
            Hit("C4491", "Basal cell carcinoma of skin, unspecified", 7f),
        };
        var docs = new List<int> { 1, 2, 3 };

        UnspecifiedChild.Promote(hits, docs, "basal cell carcinoma");

        Assert.Equal(["C4491", "C4401", "C4411"], hits.Select(h => h.Code.Code));
        Assert.Equal([3, 1, 2], docs);
        Assert.Equal([9f, 8f, 7f], hits.Select(h => h.Score));
    }

    [Theory]
    [InlineData("basal cell carcinoma lip")]
    [InlineData("basal cell carcinoma of the lips")]
    public void Promote_QueryNamesAWordOnlyTheFirstTitleHas_NothingMoves(string query)
    {
        var hits = new List<SearchHit> { Hit("C4401", "Basal cell carcinoma of skin of lip", 9f), Hit("C4491", "Basal cell carcinoma of skin, unspecified", 7f) };

        UnspecifiedChild.Promote(hits, [1, 2], query);

        Assert.Equal("C4401", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_FirstIsTheAlphabeticIndexDefault_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("B370", "Candidal stomatitis", 9f), Hit("B379", "Candidiasis, unspecified", 7f) };

        UnspecifiedChild.Promote(hits, [1, 2], "thrush", firstIsIndexDefault: true);

        Assert.Equal("B370", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_UnspecifiedCodeOfAnotherCategory_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("K700", "Alcoholic fatty liver", 9f), Hit("K769", "Liver disease, unspecified", 7f) };

        UnspecifiedChild.Promote(hits, [1, 2], "fatty liver");

        Assert.Equal("K700", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_UnspecifiedCodeHoldsNotEveryQueryWord_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("B850", "Pediculosis due to Pediculus humanus capitis", 9f), Hit("B852", "Pediculosis, unspecified", 7f) };

        UnspecifiedChild.Promote(hits, [1, 2], "head louse infestation");

        Assert.Equal("B850", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_HeaderFirst_ItsMostUnspecifiedCodeFirstThoughNotListed()
    {
        var unspecifiedEar = Hit("H6690", "Otitis media, unspecified, unspecified ear", 0f).Code;
        var hits = new List<SearchHit>
        {
            Hit("H669", "Otitis media, unspecified", 9f, billable: false), Hit("H6693", "Otitis media, unspecified, bilateral", 8f),
        };
        var docs = new List<int> { 1, 2 };

        UnspecifiedChild.Promote(hits, docs, "otitis media", children: _ => [unspecifiedEar, hits[1].Code]);

        Assert.Equal(["H6690", "H669", "H6693"], hits.Select(h => h.Code.Code));
        Assert.Equal([9f, 9f, 8f], hits.Select(h => h.Score));
        Assert.Equal([-1, 1, 2], docs);
    }

    [Fact]
    public void Promote_HeaderWithOnlyHeadersBelow_ItsUnspecifiedGrandchildFirst()
    {
        // C50.9 (the Table of Neoplasms' breast) has only the female and male headers below it.
        var female = Hit("C5091", "Malignant neoplasm of breast of unspecified site, female", 0f, billable: false).Code;
        var male = Hit("C5092", "Malignant neoplasm of breast of unspecified site, male", 0f, billable: false).Code;
        var femaleRight = Hit("C50911", "Malignant neoplasm of unspecified site of right female breast", 0f).Code;
        var femaleUnspecified = Hit("C50919", "Malignant neoplasm of unspecified site of unspecified female breast", 0f).Code;
        var maleUnspecified = Hit("C50929", "Malignant neoplasm of unspecified site of unspecified male breast", 0f).Code;
        var tree = new Dictionary<string, IReadOnlyList<MedicalCode>>
        {
            ["C509"] = [female, male], ["C5091"] = [femaleRight, femaleUnspecified], ["C5092"] = [maleUnspecified],
        };
        var hits = new List<SearchHit> { Hit("C509", "Malignant neoplasm of breast of unspecified site", 9f, billable: false), Hit("C50", "Malignant neoplasm of breast", 8f, billable: false) };

        UnspecifiedChild.Promote(hits, [1, 2], "breast cancer", children: c => tree.GetValueOrDefault(c.Code) ?? []);

        Assert.Equal(["C50919", "C509", "C50"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Promote_PoisoningHeaderThroughItsPlaceholderLevel_AccidentalInitialEncounterFirst()
    {
        // T56.0 → T56.0X → T56.0X1 (accidental), T56.0X2 (self-harm) → their 7th characters; an unstated intent is accidental.
        var placeholder = Hit("T560X", "Toxic effects of lead and its compounds", 0f, billable: false).Code;
        var accidental = Hit("T560X1", "Toxic effect of lead and its compounds, accidental (unintentional)", 0f, billable: false).Code;
        var selfHarm = Hit("T560X2", "Toxic effect of lead and its compounds, intentional self-harm", 0f, billable: false).Code;
        var tree = new Dictionary<string, IReadOnlyList<MedicalCode>>
        {
            ["T560"] = [placeholder], ["T560X"] = [accidental, selfHarm],
            ["T560X1"] = [Hit("T560X1A", "Toxic effect of lead and its compounds, accidental (unintentional), initial encounter", 0f).Code],
            ["T560X2"] = [Hit("T560X2A", "Toxic effect of lead and its compounds, intentional self-harm, initial encounter", 0f).Code],
        };
        var hits = new List<SearchHit> { Hit("T560", "Toxic effects of lead and its compounds", 9f, billable: false), Hit("M101", "Lead-induced gout", 8f, billable: false) };

        UnspecifiedChild.Promote(hits, [1, 2], "lead poisoning", children: c => tree.GetValueOrDefault(c.Code) ?? []);

        Assert.Equal("T560X1A", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_HeaderWithAReportableChild_GrandchildrenNotLookedAt()
    {
        // I25.10 is atherosclerotic heart disease named without detail; I25.119 is "with unspecified angina".
        var withoutAngina = Hit("I2510", "Atherosclerotic heart disease of native coronary artery without angina pectoris", 0f).Code;
        var withAngina = Hit("I2511", "Atherosclerotic heart disease of native coronary artery with angina pectoris", 0f, billable: false).Code;
        var unspecifiedAngina = Hit("I25119", "Atherosclerotic heart disease of native coronary artery with unspecified angina pectoris", 0f).Code;
        var tree = new Dictionary<string, IReadOnlyList<MedicalCode>> { ["I251"] = [withoutAngina, withAngina], ["I2511"] = [unspecifiedAngina] };
        var hits = new List<SearchHit> { Hit("I251", "Atherosclerotic heart disease of native coronary artery", 9f, billable: false), Hit("I25", "Chronic ischemic heart disease", 8f, billable: false) };

        UnspecifiedChild.Promote(hits, [1, 2], "ashd", children: c => tree.GetValueOrDefault(c.Code) ?? []);

        Assert.Equal("I251", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_HeaderFirst_TheAddedCodeCarriesItsDocument()
    {
        var unspecifiedEar = Hit("H6690", "Otitis media, unspecified, unspecified ear", 0f).Code;
        var hits = new List<SearchHit>
        {
            Hit("H669", "Otitis media, unspecified", 9f, billable: false), Hit("H6693", "Otitis media, unspecified, bilateral", 8f),
        };
        var docs = new List<int> { 1, 2 };

        UnspecifiedChild.Promote(hits, docs, "otitis media", children: _ => [unspecifiedEar, hits[1].Code],
            documentOf: code => code == unspecifiedEar ? 42 : -1);

        Assert.Equal(["H6690", "H669", "H6693"], hits.Select(h => h.Code.Code));
        Assert.Equal([42, 1, 2], docs);
    }

    [Fact]
    public void Promote_HeaderFirst_UncomplicatedCodeBeforeTheUnspecifiedInducedDisorder()
    {
        // "with unspecified nicotine-induced disorders" names a complication; "uncomplicated" is the default.
        var hits = new List<SearchHit>
        {
            Hit("F1729", "Nicotine dependence, other tobacco product", 9f, billable: false),
            Hit("F17299", "Nicotine dependence, other tobacco product, with unspecified nicotine-induced disorders", 8f),
            Hit("F17290", "Nicotine dependence, other tobacco product, uncomplicated", 7f),
        };

        UnspecifiedChild.Promote(hits, [1, 2, 3], "");

        Assert.Equal("F17290", hits[0].Code.Code);
    }

    private static MedicalCode Node(string code, string description, bool billable) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = billable ? CodeKind.Code : CodeKind.Header, Billable = billable,
        ReleaseId = "FY2026",
    };

    private static readonly Dictionary<string, MedicalCode[]> Chain = new()
    {
        ["S4200"] =
        [
            Node("S42001", "Fracture of unspecified part of right clavicle", false), Node("S42002", "Fracture of unspecified part of left clavicle", false),
            Node("S42009", "Fracture of unspecified part of unspecified clavicle", false),
        ],
        ["S42009"] =
        [
            Node("S42009A", "Fracture of unspecified part of unspecified clavicle, initial encounter for closed fracture", true),
            Node("S42009B", "Fracture of unspecified part of unspecified clavicle, initial encounter for open fracture", true),
        ],
        ["M858"] = [Node("M8580", "Other specified disorders of bone density and structure, unspecified site", true), Node("M85811", "Other specified disorders of bone density and structure, right shoulder", true)],
        ["E1131"] = [Node("E11311", "Type 2 diabetes mellitus with unspecified diabetic retinopathy with macular edema", true), Node("E11319", "Type 2 diabetes mellitus with unspecified diabetic retinopathy without macular edema", true)],
        ["E113"] = [Node("E1131", "Type 2 diabetes mellitus with unspecified diabetic retinopathy", false), Node("E1139", "Type 2 diabetes mellitus with other diabetic ophthalmic complication", true)],
    };

    private static IReadOnlyList<MedicalCode> ChainChildren(MedicalCode code) => Chain.GetValueOrDefault(code.Code, []);

    [Theory]
    [InlineData("clavicle fracture", "S42009A")]
    [InlineData("open clavicle fracture", "S42009B")]
    public void Promote_HeaderOfHeaders_MostUnspecifiedChainToAReportableCodeFirst(string query, string expected)
    {
        var hits = new List<SearchHit> { Hit("S4200", "Fracture of unspecified part of clavicle", 9f, billable: false), Hit("S420", "Fracture of clavicle", 8f, billable: false) };
        var docs = new List<int> { 1, 2 };

        UnspecifiedChild.Promote(hits, docs, query, children: ChainChildren, documentOf: _ => 7);

        Assert.Equal([expected, "S4200", "S420"], hits.Select(h => h.Code.Code));
        Assert.Equal([9f, 9f, 8f], hits.Select(h => h.Score));
        Assert.Equal([7, 1, 2], docs);
    }

    [Fact]
    public void Promote_HeaderAlone_ItsUnspecifiedCodeAddedBeforeIt()
    {
        var hits = new List<SearchHit> { Hit("M858", "Other specified disorders of bone density and structure", 1f, billable: false) };

        UnspecifiedChild.Promote(hits, [1], "osteopenia", firstIsIndexDefault: true, children: ChainChildren, documentOf: _ => 7);

        Assert.Equal(["M8580", "M858"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void UnspecifiedLeaf_TwoChildrenEquallyUnspecified_NoCodeChosen()
    {
        Assert.Null(UnspecifiedChild.UnspecifiedLeaf(Node("E113", "Type 2 diabetes mellitus with ophthalmic complications", false), ChainChildren, "diabetic eye disease"));
    }

    [Fact]
    public void Promote_WithoutComplicationsSiblingListedEarly_CountsAsTheUnspecifiedDefault()
    {
        var hits = new List<SearchHit>
        {
            Hit("K50913", "Crohn's disease, unspecified, with fistula", 9f), Hit("K509", "Crohn's disease, unspecified", 9f, billable: false),
            Hit("K50914", "Crohn's disease, unspecified, with abscess", 8f), Hit("K5090", "Crohn's disease, unspecified, without complications", 7f),
        };
        var docs = new List<int> { 1, 2, 3, 4 };

        UnspecifiedChild.Promote(hits, docs, "crohn");

        Assert.Equal(["K5090", "K50913", "K509", "K50914"], hits.Select(h => h.Code.Code));
        Assert.Equal([4, 1, 2, 3], docs);
    }
    // K29 → K29.0, K29.5, K29.6, K29.7 (headers) → their "without bleeding" codes.
    private static readonly Dictionary<string, MedicalCode[]> Gastritis = new()
    {
        ["K29"] = [Header("K290", "Acute gastritis"), Header("K295", "Unspecified chronic gastritis"), Header("K296", "Other gastritis"), Header("K297", "Gastritis, unspecified")],
        ["K290"] = [Code("K2900", "Acute gastritis without bleeding")],
        ["K295"] = [Code("K2950", "Unspecified chronic gastritis without bleeding")],
        ["K296"] = [Code("K2960", "Other gastritis without bleeding")],
        ["K297"] = [Code("K2970", "Gastritis, unspecified, without bleeding")],
    };

    private static MedicalCode Header(string code, string description) => Hit(code, description, 0f, billable: false).Code;

    private static MedicalCode Code(string code, string description) => Hit(code, description, 0f).Code;

    private static MedicalCode? GastritisParent(MedicalCode code) =>
        code.Code.Length <= 3 ? null : code.Code.Length == 4 ? Header("K29", "Gastritis and duodenitis") : Header(code.Code[..4], "");

    [Fact]
    public void Promote_CategoryUnspecifiedCodeNotListed_AddedFirstFewestUnsaidWords()
    {
        // K29.70 and K29.50 are equally unspecified; K29.50 adds "chronic", which the query does not say.
        var hits = new List<SearchHit> { Hit("K2900", "Acute gastritis without bleeding", 9f), Hit("K2960", "Other gastritis without bleeding", 9f) };
        var docs = new List<int> { 1, 2 };

        UnspecifiedChild.Promote(hits, docs, "gastritis without bleeding", children: c => Gastritis.GetValueOrDefault(c.Code) ?? [],
            documentOf: _ => 7, parentOf: GastritisParent);

        Assert.Equal(["K2970", "K2900", "K2960"], hits.Select(h => h.Code.Code));
        Assert.Equal([7, 1, 2], docs);
    }

    [Fact]
    public void Promote_CategoryUnspecifiedCode_QueryNamesTheFirstTitlesOwnWord_NothingAdded()
    {
        var hits = new List<SearchHit> { Hit("K2900", "Acute gastritis without bleeding", 9f) };

        UnspecifiedChild.Promote(hits, [1], "acute gastritis without bleeding", children: c => Gastritis.GetValueOrDefault(c.Code) ?? [],
            parentOf: GastritisParent);

        Assert.Equal(["K2900"], hits.Select(h => h.Code.Code));
    }
}
