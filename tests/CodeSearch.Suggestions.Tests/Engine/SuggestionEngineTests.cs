using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Errors;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Tests.Support;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;
using A = CodeSearch.Suggestions.Assertion.AssertionKind;

namespace CodeSearch.Suggestions.Tests.Engine;

public class SuggestionEngineTests
{
    private static readonly FakeIndex Index = SampleIndex.Create();

    // The hand-set model: results do not depend on the learned data files.
    private static readonly SuggestionEngine Engine = new(Index, SuggestionModel.Empty);

    private const string HtnNote = "Pt with HTN and T2DM, denies chest pain";

    private static SuggestionResult Suggest(string text, int maxResults = 0, double? minScore = null, bool excluded = true,
        DateOnly? dateOfService = null, CancellationToken cancellationToken = default) =>
        Engine.Suggest(new SuggestionRequest
        {
            Text = text, MaxResults = maxResults, MinScore = minScore, IncludeExcluded = excluded, DateOfService = dateOfService,
        }, cancellationToken);

    private static List<string> Suggested(SuggestionResult result) => result.Suggestions.Select(s => s.Code.Code).ToList();

    [Fact]
    public void Suggest_HtnT2dmDeniesChestPain_BillableCodesSuggested()
    {
        var codes = Suggested(Suggest(HtnNote));

        Assert.Contains("I10", codes);
        Assert.Contains("E119", codes);
        Assert.DoesNotContain("E11", codes);
        Assert.DoesNotContain("R079", codes);
    }

    [Fact]
    public void Suggest_HtnT2dmDeniesChestPain_ChestPainExcludedAsNegated()
    {
        var result = Suggest(HtnNote);

        var chestPain = Assert.Single(result.Excluded, e => e.Code.Code == "R079");
        Assert.Equal(A.Negated, chestPain.Assertion);
        var evidence = Assert.Single(chestPain.Evidence);
        Assert.Equal("chest pain", evidence.Text);
        Assert.Equal(A.Negated, evidence.Assertion);
    }

    [Fact]
    public void Suggest_Abbreviations_EvidenceIsTheAbbreviationAndRationaleSaysSo()
    {
        var result = Suggest(HtnNote);

        var htn = result.Suggestions.Single(s => s.Code.Code == "I10");
        Assert.Equal("HTN", Assert.Single(htn.Evidence).Text);
        Assert.Equal(A.Present, htn.Evidence[0].Assertion);
        Assert.Contains("abbreviation", htn.Rationale, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("T2DM", Assert.Single(result.Suggestions.Single(s => s.Code.Code == "E119").Evidence).Text);
    }

    [Fact]
    public void Suggest_ExcludedNotRequested_ExcludedEmpty()
    {
        var result = Suggest(HtnNote, excluded: false);

        Assert.Empty(result.Excluded);
        Assert.DoesNotContain("R079", Suggested(result));
    }

    [Fact]
    public void Suggest_Suggestions_BestFirstWithScoresInUnitInterval()
    {
        var scores = Suggest(HtnNote).Suggestions.Select(s => s.Score).ToList();

        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
    }

    [Fact]
    public void Suggest_MotherHasBreastCancer_ExcludedAsFamily()
    {
        var result = Suggest("Mother has breast cancer.");

        Assert.DoesNotContain("C50919", Suggested(result));
        Assert.Equal(A.Family, Assert.Single(result.Excluded, e => e.Code.Code == "C50919").Assertion);
    }

    [Fact]
    public void Suggest_PatientHasBreastCancer_Suggested() =>
        Assert.Contains("C50919", Suggested(Suggest("Patient has breast cancer.")));

    [Fact]
    public void Suggest_HistoryOf_ExcludedAsHistorical()
    {
        var result = Suggest("History of pneumonia.");

        Assert.DoesNotContain("J189", Suggested(result));
        Assert.Equal(A.Historical, Assert.Single(result.Excluded, e => e.Code.Code == "J189").Assertion);
    }

    [Fact]
    public void Suggest_HistoryOfAChronicCondition_SuggestedWithHistoricalEvidence()
    {
        var result = Suggest("History of hypertension.");

        var suggestion = Assert.Single(result.Suggestions, s => s.Code.Code == "I10");
        Assert.Equal(A.Historical, Assert.Single(suggestion.Evidence).Assertion);
        Assert.DoesNotContain(result.Excluded, e => e.Code.Code == "I10");
    }

    [Fact]
    public void Suggest_PastMedicalHistoryOfChronicAndAcute_OnlyChronicSuggested()
    {
        var result = Suggest("PMH:\n- hypertension\n- pneumonia\nHPI: here for a check-up.");

        Assert.Contains("I10", Suggested(result));
        Assert.DoesNotContain("J189", Suggested(result));
        Assert.Equal(A.Historical, Assert.Single(result.Excluded, e => e.Code.Code == "J189").Assertion);
    }

    [Fact]
    public void Suggest_FamilyHistoryOfAChronicCondition_StillExcluded()
    {
        var result = Suggest("Mother has hypertension.");

        Assert.DoesNotContain("I10", Suggested(result));
        Assert.Equal(A.Family, Assert.Single(result.Excluded, e => e.Code.Code == "I10").Assertion);
    }

    [Fact]
    public void Suggest_InlineFamilyHistoryThenProse_ProseIsThePatients()
    {
        var result = Suggest("Family history: an aunt with hypertension.\nOn examination she has breast cancer.");

        Assert.Contains("C50919", Suggested(result));
        Assert.Equal(A.Family, Assert.Single(result.Excluded, e => e.Code.Code == "I10").Assertion);
    }

    [Fact]
    public void Suggest_PastMedicalHistorySection_ExcludedAsHistorical()
    {
        var result = Suggest("PMH:\n- pneumonia\nHPI: here for a check-up.");

        Assert.Equal(A.Historical, Assert.Single(result.Excluded, e => e.Code.Code == "J189").Assertion);
    }

    [Fact]
    public void Suggest_PossiblePneumonia_SuggestedBelowStatedPneumonia()
    {
        var possible = Assert.Single(Suggest("Possible pneumonia.").Suggestions, s => s.Code.Code == "J189");
        var stated = Assert.Single(Suggest("Pneumonia.").Suggestions, s => s.Code.Code == "J189");

        Assert.Equal(A.Possible, Assert.Single(possible.Evidence).Assertion);
        Assert.True(possible.Score < stated.Score, $"possible {possible.Score} should score below stated {stated.Score}");
    }

    [Fact]
    public void Suggest_Evidence_OffsetsPointIntoRequestText()
    {
        var result = Suggest(HtnNote);

        Assert.All(result.Suggestions.SelectMany(s => s.Evidence).Concat(result.Excluded.SelectMany(e => e.Evidence)),
            e => Assert.Equal(e.Text, HtnNote.Substring(e.Start, e.End - e.Start)));
    }

    [Fact]
    public void Suggest_AccentsLigatureAndCrlfBeforeMention_OffsetsPointIntoRequestText()
    {
        const string text = "Œdème, señora Müller (80 años).\r\n\r\nDiagnóstico probable: no.\r\nPneumonía confirmed.";

        var j189 = Assert.Single(Suggest(text).Suggestions, s => s.Code.Code == "J189");

        var evidence = Assert.Single(j189.Evidence);
        Assert.Equal("Pneumonía", evidence.Text);
        Assert.Equal(text.IndexOf("Pneumonía", StringComparison.Ordinal), evidence.Start);
        Assert.Equal(evidence.Text, text.Substring(evidence.Start, evidence.End - evidence.Start));
    }

    [Fact]
    public void Suggest_MaxResults_Respected()
    {
        var all = Suggest(HtnNote).Suggestions;
        Assert.True(all.Count >= 2);

        var one = Suggest(HtnNote, maxResults: 1).Suggestions;

        Assert.Equal([all[0].Code.Code], one.Select(s => s.Code.Code));
    }

    [Fact]
    public void Suggest_MinScore_DropsLowerScores()
    {
        var all = Suggest(HtnNote).Suggestions;
        var floor = all[^1].Score + (all[0].Score - all[^1].Score) / 2;

        var kept = Suggest(HtnNote, minScore: floor);

        Assert.All(kept.Suggestions, s => Assert.True(s.Score >= floor));
        Assert.Equal(all.Count(s => s.Score >= floor), kept.Suggestions.Count);
        Assert.All(kept.Excluded, e => Assert.True(e.Score >= floor));
    }

    [Fact]
    public void Suggest_MinScoreAboveOne_Nothing()
    {
        var result = Suggest(HtnNote, minScore: 1.01);

        Assert.Empty(result.Suggestions);
        Assert.Empty(result.Excluded);
    }

    [Fact]
    public void Suggest_NothingCodable_Empty()
    {
        var result = Suggest("Seen today. Doing well, no complaints.");

        Assert.Empty(result.Suggestions);
        Assert.Equal(Release, Assert.Single(result.Releases).Release.ReleaseId);
    }

    [Fact]
    public void Suggest_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Suggest(HtnNote, cancellationToken: cts.Token));
    }

    [Fact]
    public void Suggest_DateOfServiceOutsideRelease_ReleaseNotLoaded() =>
        Assert.Throws<ReleaseNotLoadedException>(() => Suggest(HtnNote, dateOfService: new DateOnly(2020, 1, 1)));

    [Fact]
    public void Suggest_DateOfServiceInsideRelease_UsesIt() =>
        Assert.Contains("I10", Suggested(Suggest(HtnNote, dateOfService: new DateOnly(2026, 3, 1))));

    [Fact]
    public void Suggest_SystemNotLoaded_ReleaseNotLoaded() =>
        Assert.Throws<ReleaseNotLoadedException>(() => Engine.Suggest(new SuggestionRequest { Text = HtnNote, Systems = [CodeSystemId.Hcpcs] }));

    [Fact]
    public void Suggest_SameNote_SameAnswer()
    {
        var first = Suggest(HtnNote);
        var second = Suggest(HtnNote);

        Assert.Equal(first.Suggestions.Select(s => (s.Code.Code, s.Score)), second.Suggestions.Select(s => (s.Code.Code, s.Score)));
    }

    [Fact]
    public void Suggest_ConcurrentCalls_SameAnswers()
    {
        var expected = Suggested(Suggest(HtnNote));

        var results = new List<string>[16];
        Parallel.For(0, results.Length, i => results[i] = Suggested(Suggest(HtnNote)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Candidates_SameCategory_RivalsCountedAndOnlyTheBestSupportedIsStrongest()
    {
        var index = new FakeIndex()
            .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
            .WithCode(Icd("R07", "Pain in throat and chest", billable: false))
            .WithCode(Icd("R079", "Chest pain, unspecified", parent: "R07"))
            .WithCode(Icd("R071", "Chest pain on breathing", parent: "R07"))
            .WithCode(Icd("I10", "Essential (primary) hypertension"));
        var engine = new SuggestionEngine(index, SuggestionModel.Empty);
        var release = ReleaseSelector.Select(index, CodeSystemId.Icd10Cm, null);

        var candidates = engine.Candidates(index, release, "Chest pain on breathing. Chest pain again today. Essential hypertension.", CancellationToken.None)
            .ToDictionary(c => c.Code.Code);

        Assert.Equal((1, true), (candidates["R079"].Context.CategoryRivals, candidates["R079"].Context.StrongestInCategory));
        Assert.Equal((1, false), (candidates["R071"].Context.CategoryRivals, candidates["R071"].Context.StrongestInCategory));
        Assert.Equal((0, true), (candidates["I10"].Context.CategoryRivals, candidates["I10"].Context.StrongestInCategory));
    }
}
