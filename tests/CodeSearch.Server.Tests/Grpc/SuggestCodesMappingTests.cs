using CodeSearch.Core.Errors;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Health.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>How an engine result (from a fake) and engine errors reach the client.</summary>
[Collection(FakeSuggestionServerCollection.Name)]
public class SuggestCodesMappingTests(FakeSuggestionServer server)
{
    private Task<SuggestCodesResponse> Suggest(string text) =>
        server.Client.SuggestCodesAsync(new SuggestCodesRequest { Text = text, IncludeExcluded = true }).ResponseAsync;

    [Fact]
    public async Task SuggestCodes_Result_SuggestionMappedWithCodeScoreRationaleAndEvidence()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        var response = await Suggest(SuggestionSamples.Note);

        var suggestion = Assert.Single(response.Suggestions);
        Assert.Equal((CodeSystem.Icd10Cm, "I10", "I10", "Essential (primary) hypertension", "Essential (primary) HTN", true, CodeKind.Code),
            (suggestion.Code.System, suggestion.Code.Code_, suggestion.Code.CodeUndotted, suggestion.Code.Description,
                suggestion.Code.ShortDescription, suggestion.Code.Billable, suggestion.Code.Kind));
        Assert.Equal(("FY2026", "ICD-10-CM FY2026"), (suggestion.Code.Release.ReleaseId, suggestion.Code.Release.DisplayName));
        Assert.Equal(Date(2025, 10, 1), suggestion.Code.Validity.EffectiveDate);
        Assert.Equal(0.875, suggestion.Score);
        Assert.Equal("\"HTN\" = hypertension (abbreviation) matched \"Essential (primary) hypertension\"", suggestion.Rationale);
        Assert.Equal(
            [("HTN", "family_history", Assertion.Family), ("HTN", "assessment", Assertion.Present)],
            suggestion.Evidence.Select(e => (e.Text, e.Section, e.Assertion)));
        Assert.All(suggestion.Evidence, e => Assert.Equal(e.Text, SuggestionSamples.Note[e.Start..e.End]));
        Assert.Equal(SuggestionSamples.Note.IndexOf("HTN", StringComparison.Ordinal), suggestion.Evidence[0].Start);
    }

    [Fact]
    public async Task SuggestCodes_Result_ExcludedMentionMappedWithAssertion()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        var response = await Suggest(SuggestionSamples.Note);

        var excluded = Assert.Single(response.Excluded);
        Assert.Equal(("R07.9", Assertion.Negated, 0.5), (excluded.Code.Code_, excluded.Assertion, excluded.Score));
        Assert.Equal("\"chest pain\" matched \"Chest pain, unspecified\"", excluded.Rationale);
        var evidence = Assert.Single(excluded.Evidence);
        Assert.Equal(("chest pain", "assessment", Assertion.Negated), (evidence.Text, evidence.Section, evidence.Assertion));
        Assert.Equal("chest pain", SuggestionSamples.Note[evidence.Start..evidence.End]);
    }

    [Fact]
    public async Task SuggestCodes_Result_ReleasesUsedListed()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        var response = await Suggest(SuggestionSamples.Note);

        var release = Assert.Single(response.Releases);
        Assert.Equal((CodeSystem.Icd10Cm, "FY2026", Date(2026, 9, 30)), (release.System, release.ReleaseId, release.EndDate));
    }

    [Fact]
    public async Task SuggestCodes_NoDateCoveredByARelease_FailedPrecondition()
    {
        using var _ = server.Suggester.Use((_, _) => throw new ReleaseNotLoadedException("No loaded ICD-10-CM release covers 2019-01-01."));

        var ex = await FailsWith(StatusCode.FailedPrecondition, () => Suggest("HTN"));

        Assert.Contains("2019-01-01", ex.Status.Detail);
    }

    [Fact]
    public async Task SuggestCodes_IndexNotOpen_Unavailable()
    {
        using var _ = server.Suggester.Use((_, _) => throw new ServiceNotReadyException("The index is not open yet."));

        await FailsWith(StatusCode.Unavailable, () => Suggest("HTN"));
    }

    [Fact]
    public async Task SuggestCodes_EngineBugQuotingTheNote_InternalAndTheNoteNeverLogged()
    {
        const string note = "Pt SECRETNAME has HTN";
        using var _ = server.Suggester.Use((request, _) => throw new InvalidOperationException($"cannot parse '{request.Text}'"));

        var ex = await FailsWith(StatusCode.Internal, () => Suggest(note));

        Assert.DoesNotContain("SECRETNAME", ex.Status.Detail);
        var logged = server.Logs.Lines.Where(l => l.Contains("SuggestCodes", StringComparison.Ordinal)).ToList();
        Assert.Contains(logged, l => l.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains("SECRETNAME", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestCodes_EngineNamesCodeFromUnlistedRelease_Internal()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.UnlistedRelease);

        var ex = await FailsWith(StatusCode.Internal, () => Suggest("HTN"));

        Assert.Equal("Internal error; the server log has the details.", ex.Status.Detail);
    }

    [Fact]
    public async Task Health_CodingSuggestionsService_Serving()
    {
        var response = await server.Factory.Health.CheckAsync(new HealthCheckRequest { Service = "codesearch.v1.CodingSuggestions" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}
