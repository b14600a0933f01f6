using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Guidelines;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Tests.Support;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Guidelines;

/// <summary>The guideline rules (Data/guideline-phrases.tsv, Data/derived-codes.tsv) and the specificity rules, through
/// the engine over a small hand-made release.</summary>
public class GuidelineRulesTests
{
    private static readonly FakeIndex Index = new FakeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("E11", "Type 2 diabetes mellitus", billable: false))
        .WithCode(Icd("E119", "Type 2 diabetes mellitus without complications", parent: "E11"))
        .WithCode(Icd("Z794", "Long term (current) use of insulin"))
        .WithCode(Icd("C189", "Colon cancer"))
        .WithCode(Icd("C509", "Breast cancer"))
        .WithCode(Icd("Z800", "Family history of malignant neoplasm of digestive organs"))
        .WithCode(Icd("Z853", "Personal history of malignant neoplasm of breast"))
        .WithCode(Icd("I10", "Essential (primary) hypertension"))
        .WithCode(Icd("I110", "Hypertensive heart disease with heart failure"))
        .WithCode(Icd("I129", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease"))
        .WithCode(Icd("I130", "Hypertensive heart and chronic kidney disease with heart failure and stage 1 through stage 4 chronic kidney disease"))
        .WithCode(Icd("N183", "Chronic kidney disease, stage 3"))
        .WithCode(Icd("I509", "Heart failure, unspecified"))
        .WithCode(Icd("I5023", "Acute on chronic systolic (congestive) heart failure"))
        .WithCode(Icd("J449", "Chronic obstructive pulmonary disease, unspecified"))
        .WithCode(Icd("R509", "Fever, unspecified"))
        .WithCode(Icd("R5081", "Fever presenting with conditions classified elsewhere"))
        .WithCode(Icd("J441", "Chronic obstructive pulmonary disease with (acute) exacerbation"))
        .WithCode(Icd("I69351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side"))
        .WithCode(Icd("I69352", "Hemiplegia and hemiparesis following cerebral infarction affecting left dominant side"))
        .WithCode(Icd("I69359", "Hemiplegia and hemiparesis following cerebral infarction affecting unspecified side"))
        .WithCode(Icd("C7970", "Secondary malignant neoplasm of unspecified adrenal gland"))
        .WithCode(Icd("Z1611", "Resistance to penicillins"))
        .WithCode(Icd("Z9081", "Acquired absence of spleen"))
        .WithCode(Icd("Z880", "Allergy status to penicillin"))
        .WithCode(Icd("Z882", "Allergy status to sulfonamides"))
        .WithCode(Icd("Z91041", "Radiographic dye allergy status"))
        .WithCode(Icd("Z952", "Presence of prosthetic heart valve"))
        .WithCode(Icd("M2556", "Pain in knee", billable: false))
        .WithCode(Icd("M25561", "Pain in right knee", parent: "M2556"))
        .WithCode(Icd("M25562", "Pain in left knee", parent: "M2556"))
        .WithCode(Icd("H5213", "Myopia, bilateral"))
        .WithCode(Icd("Z6821", "Body mass index [BMI] 21.0-21.9, adult"))
        .WithCode(Icd("Z6841", "Body mass index [BMI] 40.0-44.9, adult"))
        .WithCode(Icd("R40241", "Glasgow coma scale score 13-15", billable: false))
        .WithCode(Icd("R402410", "Glasgow coma scale score 13-15, unspecified time", parent: "R40241"))
        .WithCode(Icd("R402412", "Glasgow coma scale score 13-15, at arrival to emergency department", parent: "R40241"))
        .WithCode(Icd("R40243", "Glasgow coma scale score 3-8", billable: false))
        .WithCode(Icd("R402430", "Glasgow coma scale score 3-8, unspecified time", parent: "R40243"))
        .WithCode(Icd("N390", "Urinary tract infection, site not specified"))
        .WithCode(Icd("Z87440", "Personal history of urinary (tract) infections"))
        .WithCode(Icd("F1010", "Alcohol abuse, uncomplicated"))
        .WithCode(Icd("Z793", "Long term (current) use of hormonal contraceptives"));

    private static readonly SuggestionEngine Engine = new(Index, SuggestionModel.Empty);

    private static Dictionary<string, ScoredCandidate> Candidates(string text) =>
        Engine.Candidates(Index, ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null), text, CancellationToken.None)
            .ToDictionary(c => c.Code.Code);

    private static List<string> Suggested(string text) =>
        Candidates(text).Values.Where(c => !c.Excluded).OrderByDescending(c => c.Score).Select(c => c.Code.Code).ToList();

    [Fact]
    public void Suggest_InsulinAndFamilyHistoryOfColonCancer_DiabetesInsulinUseAndFamilyHistoryCode()
    {
        var candidates = Candidates("Type 2 diabetes on insulin. Family history of colon cancer.");

        Assert.False(candidates["E119"].Excluded);
        Assert.False(candidates["Z794"].Excluded);
        Assert.False(candidates["Z800"].Excluded);
        Assert.Equal(DerivedRuleKind.Family, candidates["Z800"].Derived?.Kind);
        Assert.True(candidates["C189"].Excluded);
    }

    [Fact]
    public void Suggest_NegatedFamilyHistory_NoFamilyHistoryCode()
    {
        Assert.DoesNotContain("Z800", Suggested("No family history of colon cancer."));
    }

    [Fact]
    public void Candidates_FamilyMentionThroughALearnedPhraseOnly_NoFamilyHistoryCode()
    {
        // A learned phrase ("polyps" coded as colon cancer in some train notes) is no statement of the condition: the
        // family rule needs the code's own wording in full.
        var model = SuggestionModel.Empty with
        {
            Terms = [new LearnedTerm([Stemmer.Stem("polyps")], CodeSystemId.Icd10Cm, "C189", 3, 0.4f)],
        };
        var engine = new SuggestionEngine(Index, model);
        var release = ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null);

        var learned = engine.Candidates(Index, release, "Her mother had polyps.", CancellationToken.None).ToDictionary(c => c.Code.Code);
        var stated = engine.Candidates(Index, release, "Her mother had colon cancer.", CancellationToken.None).ToDictionary(c => c.Code.Code);

        Assert.True(learned["C189"].Excluded);
        Assert.DoesNotContain("Z800", learned.Keys);
        Assert.Equal(DerivedRuleKind.Family, stated["Z800"].Derived?.Kind);
    }

    [Fact]
    public void Suggest_HistoryOfBreastCancer_PersonalHistoryCodeNotTheCancer()
    {
        var suggested = Suggested("History of breast cancer.");

        Assert.Contains("Z853", suggested);
        Assert.DoesNotContain("C509", suggested);
    }

    [Fact]
    public void Suggest_HypertensionAndHeartFailure_CombinationCode()
    {
        var candidates = Candidates("Essential hypertension. Heart failure.");

        Assert.Equal(DerivedRuleKind.Combination, candidates["I110"].Derived?.Kind);
        Assert.False(candidates["I110"].Excluded);
    }

    [Fact]
    public void Suggest_HypertensionHeartFailureAndCkd_OnlyTheCombinationThatSaysItAll()
    {
        var candidates = Candidates("Essential hypertension. Heart failure. Chronic kidney disease stage 3.");

        Assert.Equal(DerivedRuleKind.Combination, candidates["I130"].Derived?.Kind);
        Assert.Null(candidates.GetValueOrDefault("I110")?.Derived);
        Assert.Null(candidates.GetValueOrDefault("I129")?.Derived);
    }

    [Fact]
    public void Suggest_HypertensionAndCkd_TwoPartCombinationStillFires()
    {
        var candidates = Candidates("Essential hypertension. Chronic kidney disease stage 3.");

        Assert.Equal(DerivedRuleKind.Combination, candidates["I129"].Derived?.Kind);
        Assert.False(candidates.ContainsKey("I130"));
    }

    [Fact]
    public void Suggest_HypertensionOnly_NoCombinationCode()
    {
        Assert.DoesNotContain("I110", Suggested("Essential hypertension."));
    }

    [Fact]
    public void Suggest_AcuteOnChronicSystolicHeartFailure_SpecificCodeAboveUnspecified()
    {
        var suggested = Suggested("Admitted with acute on chronic systolic heart failure.");

        Assert.Contains("I5023", suggested);
        Assert.True(!suggested.Contains("I509") || suggested.IndexOf("I5023") < suggested.IndexOf("I509"));
    }

    // The specificity rules over the engine's candidates of `text`, the general code scored above the specific one.
    private static Dictionary<string, ScoredCandidate> Specified(string text, string general, string specific)
    {
        var candidates = Candidates(text);
        var scored = new List<ScoredCandidate>
        {
            candidates[general] with { Score = 0.9 },
            candidates[specific] with { Score = 0.1 },
        };
        var dictionary = Dictionary([candidates[general].Code, candidates[specific].Code]);
        Specificity.Apply(scored, text, new NoteReader().Read(text, dictionary.Vocabulary, CancellationToken.None), dictionary);
        return scored.ToDictionary(c => c.Code.Code);
    }

    [Fact]
    public void Specificity_PresentedWithFever_ClassifiedElsewhereCodeNotLiftedAboveUnspecified()
    {
        // "presented with fever" holds every required word of R50.81 ("presenting", "fever"), and R50.9's "fever" lies
        // inside it: the specific-over-unspecified rule would lift R50.81, a code for fever with a condition coded first.
        var specified = Specified("The patient presented with fever.", "R509", "R5081");

        Assert.True(Specificity.IsManifestation(specified["R5081"].Code));
        Assert.Equal(0.1, specified["R5081"].Score);
        Assert.Equal(0.9, specified["R509"].Score);
    }

    [Fact]
    public void Specificity_AcuteOnChronicSystolicHeartFailure_LiftedJustAboveUnspecified()
    {
        var specified = Specified("Admitted with acute on chronic systolic heart failure.", "I509", "I5023");

        Assert.False(Specificity.IsManifestation(specified["I5023"].Code));
        Assert.Equal(Math.BitIncrement(0.9), specified["I5023"].Score);
    }

    [Fact]
    public void Suggest_CopdExacerbation_ExacerbationCodeAboveUnspecified()
    {
        var suggested = Suggested("Chronic obstructive pulmonary disease with exacerbation.");

        Assert.Contains("J441", suggested);
        Assert.True(!suggested.Contains("J449") || suggested.IndexOf("J441") < suggested.IndexOf("J449"));
    }

    [Fact]
    public void Suggest_RightHemiparesis_NoLeftSideCode()
    {
        var candidates = Candidates("Right hemiparesis following cerebral infarction.");

        Assert.Contains(candidates.Keys, k => k.StartsWith("I6935", StringComparison.Ordinal));
        Assert.DoesNotContain("I69352", candidates.Keys);
    }

    [Fact]
    public void Suggest_RightKneePain_RightCodeKeptLeftCodeDropped()
    {
        var candidates = Candidates("Pain in right knee for two weeks.");

        Assert.Contains("M25561", candidates.Keys);
        Assert.DoesNotContain("M25562", candidates.Keys);
    }

    [Fact]
    public void Suggest_BothKneesNoBilateralCode_RightAndLeftCodes()
    {
        // I.B.13: no bilateral code under "Pain in knee", so "both" states the right and the left code.
        var suggested = Suggested("Pain in both knees for two weeks.");

        Assert.Contains("M25561", suggested);
        Assert.Contains("M25562", suggested);
    }

    [Fact]
    public void Suggest_HemiparesisNoSideStated_NoSidedCode()
    {
        var candidates = Candidates("Hemiparesis following cerebral infarction.");

        Assert.DoesNotContain("I69351", candidates.Keys);
        Assert.DoesNotContain("I69352", candidates.Keys);
    }

    [Theory]
    [InlineData("CT showed adrenal metastases.", "C7970")]
    [InlineData("Blood cultures grew methicillin-resistant Staphylococcus aureus.", "Z1611")]
    [InlineData("She had a splenectomy in 2001.", "Z9081")]
    [InlineData("A 64-year-old man, allergic to penicillin, with an aortic valve replacement.", "Z880")]
    [InlineData("A 64-year-old man, allergic to penicillin, with an aortic valve replacement.", "Z952")]
    [InlineData("As personal history she is allergic to sulfamides.", "Z882")]
    [InlineData("History of allergy to iodinated contrast.", "Z91041")]
    [InlineData("A 57-year-old man, smoker and moderate drinker, consulted for a neck mass.", "F1010")]
    [InlineData("She was treated with oral contraceptives and presented with headache.", "Z793")]
    public void Suggest_GuidelinePhrase_Code(string text, string code)
    {
        Assert.Contains(code, Suggested(text));
    }

    [Theory]
    [InlineData("He is not a drinker and never smoked.")]
    [InlineData("She denied being a drinker.")]
    public void Suggest_NegatedDrinker_NoAlcoholAbuseCode(string text)
    {
        Assert.DoesNotContain("F1010", Suggested(text));
    }

    [Fact]
    public void SideOf_Descriptions()
    {
        Assert.Equal(Side.Right, Specificity.SideOf("Pain in right knee"));
        Assert.Equal(Side.Left, Specificity.SideOf("Hemiplegia affecting left nondominant side"));
        Assert.Equal(Side.Bilateral, Specificity.SideOf("Bilateral primary osteoarthritis of knee"));
        Assert.Equal(Side.None, Specificity.SideOf("Hemiplegia affecting unspecified side"));
    }

    [Theory]
    [InlineData("Weight 60 kg, BMI 21.4 kg/m2.", "Z6821")]
    [InlineData("Body mass index of 42.", "Z6841")]
    [InlineData("BMI: 21,5.", "Z6821")]
    public void Suggest_StatedBmi_Z68Code(string text, string code)
    {
        Assert.Contains(code, Suggested(text));
    }

    [Theory]
    [InlineData("BMI at the 95th percentile for age.")]
    [InlineData("BMI was not recorded.")]
    [InlineData("Acceptable general condition, BMI, blood pressure 99/62, heart rate 57.")]
    public void Suggest_BmiWithoutAdultValue_NoZ68Code(string text)
    {
        Assert.DoesNotContain(Candidates(text).Keys, k => k.StartsWith("Z68", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The patient arrived with a Glasgow score of 6.", "R40243", "R402430")]
    [InlineData("On admission Glasgow 8-9 and anisocoria.", "R40243", "R402430")]
    [InlineData("An 8-point Glasgow coma scale.", "R40243", "R402430")]
    [InlineData("In the emergency department, Glasgow 15/15, no focal signs.", "R40241", "R402412")]
    public void Suggest_StatedGlasgowScore_RangeSubcategoryAndTimeCode(string text, string subcategory, string code)
    {
        var candidates = Candidates(text);
        foreach (var c in new[] { subcategory, code })
        {
            Assert.False(candidates[c].Excluded);
            Assert.Contains(candidates[c].Mentions, m => m.Term.Text == GlasgowRule.Wording);
        }
    }

    [Theory]
    [InlineData("Glasgow at 24 hours was unchanged.")]
    [InlineData("She moved from Glasgow to Madrid 20 years ago.")]
    public void Suggest_GlasgowWithoutScore_NoRuleCandidate(string text)
    {
        Assert.DoesNotContain(Candidates(text).Values, c => c.Mentions.Any(m => m.Term.Text == GlasgowRule.Wording));
    }

    [Theory]
    [InlineData(3, "R40243")]
    [InlineData(8, "R40243")]
    [InlineData(9, "R40242")]
    [InlineData(12, "R40242")]
    [InlineData(15, "R40241")]
    [InlineData(2, null)]
    [InlineData(16, null)]
    public void GlasgowRule_SubcategoryFor(int score, string? code) => Assert.Equal(code, GlasgowRule.SubcategoryFor(score));

    [Fact]
    public void Suggest_RecurrentUrinaryInfections_PersonalHistoryCode()
    {
        var candidates = Candidates("She presented with voiding syndrome and recurrent urinary tract infections.");
        Assert.False(candidates["Z87440"].Excluded);
        Assert.Equal(TermSource.Guideline, candidates["Z87440"].Best.Term.Source);
        Assert.DoesNotContain("Z87440", Suggested("No recurrent urinary tract infections."));
    }

    [Theory]
    [InlineData(19.9, "Z681")]
    [InlineData(20.0, "Z6820")]
    [InlineData(29.9, "Z6829")]
    [InlineData(35.2, "Z6835")]
    [InlineData(44.9, "Z6841")]
    [InlineData(70, "Z6845")]
    [InlineData(5, null)]
    public void BmiRule_CodeFor(double bmi, string? code) => Assert.Equal(code, BmiRule.CodeFor(bmi));
}
