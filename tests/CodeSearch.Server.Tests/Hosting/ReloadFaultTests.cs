using CodeSearch.Server.Hosting;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>
/// Bad or partial new release files while the server runs: the served generation stays, the problem names the file,
/// the same bad file is not re-imported every interval, and a corrected file is picked up. Reloads are triggered
/// directly (polling off) so each step is deterministic.
/// </summary>
public class ReloadFaultTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Reload_TruncatedNewFile_KeepsServingOldGenerationNamingTheFile()
    {
        using var sources = new ReloadableSources();
        using var factory = new CodeSearchServerFactory("Development", sources.Root, sources.Settings(reloadSeconds: 0));
        await factory.WaitUntilServingAsync(Timeout);
        var before = await Generation(factory);
        var reloader = factory.Lifecycle;

        sources.AddAprilHcpcs(lines => lines[..8]);
        var outcome = await reloader.ReloadNowAsync(CancellationToken.None);

        Assert.Equal(ReloadOutcome.Failed, outcome);
        Assert.Contains("hcpcs 2026-04", factory.IndexStatus.Problem);
        Assert.Contains("april-2026-alpha-numeric-hcpcs-file", factory.IndexStatus.Problem);
        Assert.Contains("entries 15 expected", factory.IndexStatus.Problem);
        Assert.Equal(before, await Generation(factory));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await factory.Health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(ReloadableSources.OldDescription, (await factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Hcpcs, Code = "K0001" })).Description);
        Assert.Equal(ReloadOutcome.Unchanged, await reloader.ReloadNowAsync(CancellationToken.None));

        sources.WriteApril(sources.GoodAprilLines());
        Assert.Equal(ReloadOutcome.Swapped, await reloader.ReloadNowAsync(CancellationToken.None));

        Assert.NotEqual(before, await Generation(factory));
        Assert.Null(factory.IndexStatus.Problem);
        Assert.Equal(ReloadableSources.NewDescription, (await factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Hcpcs, Code = "K0001" })).Description);
    }

    [Fact]
    public async Task Reload_CorruptBytesInNewFile_KeepsServingOldGenerationNamingFileAndLine()
    {
        using var sources = new ReloadableSources();
        using var factory = new CodeSearchServerFactory("Development", sources.Root, sources.Settings(reloadSeconds: 0));
        await factory.WaitUntilServingAsync(Timeout);
        var before = await Generation(factory);

        sources.AddAprilHcpcs(lines => lines.Select((l, i) => i == 6 ? "\u0001\u0002garbage" + l[9..] : l).ToArray());
        var outcome = await factory.Lifecycle.ReloadNowAsync(CancellationToken.None);

        Assert.Equal(ReloadOutcome.Failed, outcome);
        Assert.Contains("HCPC2026_APR_ANWEB_04012026.txt line 7", factory.IndexStatus.Problem);
        Assert.Equal(before, await Generation(factory));
    }

    [Fact]
    public async Task Reload_ManifestNamesAMissingFileInProduction_RefusedAndOldGenerationKept()
    {
        using var sources = new ReloadableSources();
        var settings = sources.Settings(reloadSeconds: 0);
        using var factory = new CodeSearchServerFactory("Production", sources.Root, settings);
        await factory.WaitUntilServingAsync(Timeout);
        var before = await Generation(factory);
        sources.AddAprilHcpcs();
        Directory.Delete(Path.Combine(sources.Root, "hcpcs", "2026", "april-2026-alpha-numeric-hcpcs-file"), recursive: true);

        var outcome = await factory.Lifecycle.ReloadNowAsync(CancellationToken.None);

        Assert.Equal(ReloadOutcome.Refused, outcome);
        Assert.Equal(before, await Generation(factory));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await factory.Health.CheckAsync(new HealthCheckRequest())).Status);
    }

    [Fact]
    public async Task Reload_SourcesUnchanged_NothingRebuilt()
    {
        using var sources = new ReloadableSources();
        using var factory = new CodeSearchServerFactory("Development", sources.Root, sources.Settings(reloadSeconds: 0));
        await factory.WaitUntilServingAsync(Timeout);
        var before = await Generation(factory);

        Assert.Equal(ReloadOutcome.Unchanged, await factory.Lifecycle.ReloadNowAsync(CancellationToken.None));

        Assert.Equal(before, await Generation(factory));
    }

    [Fact]
    public async Task Reload_NewFiscalYearFolder_ServedAndSuggestionsUseItsDictionary()
    {
        using var sources = new ReloadableSources();
        using var factory = new CodeSearchServerFactory("Development", sources.Root, sources.Settings(reloadSeconds: 0));
        await factory.WaitUntilServingAsync(Timeout);
        var suggest = new CodingSuggestions.CodingSuggestionsClient(factory.Channel);
        var note = new SuggestCodesRequest { Text = "Pt with HTN and T2DM", DateOfService = Rpc.Date(2026, 11, 2) };
        await Rpc.FailsWith(global::Grpc.Core.StatusCode.FailedPrecondition, () => suggest.SuggestCodesAsync(note).ResponseAsync);

        sources.AddFiscalYear2027();
        Assert.Equal(ReloadOutcome.Swapped, await factory.Lifecycle.ReloadNowAsync(CancellationToken.None));

        var listed = await factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest());
        Assert.Contains(listed.Releases, r => r.Release.System == CodeSystem.Icd10Cm && r.Release.ReleaseId == "FY2027");
        var answer = await suggest.SuggestCodesAsync(note);
        Assert.Equal("FY2027", Assert.Single(answer.Releases).ReleaseId);
        Assert.Contains(answer.Suggestions, s => s.Code.Code_ == "I10");
    }

    private static async Task<string> Generation(CodeSearchServerFactory factory) =>
        (await factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration;
}
