using System.Diagnostics;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Xunit.Abstractions;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>
/// The amplification found by the outside review: a 12 KB BatchGetCodes of 1,000 x C79.89 (a code with long notes
/// and many index entries) used to return 153 MB. Now it is refused at the 16 MiB response limit, quickly, and
/// sixteen of them at once leave the process's memory where it was.
/// </summary>
[Trait("Category", "FullData")]
public class ResponseAmplificationTests(ResponseAmplificationTests.Server server, ITestOutputHelper output)
    : IClassFixture<ResponseAmplificationTests.Server>
{
    /// <summary>
    /// The official files' server, as <see cref="FullDataServer"/>; CODESEARCH_PREBUILT_INDEX may name an index
    /// directory built from the same files (`codesearch index`) to copy in instead of building one (slow shared boxes).
    /// </summary>
    public sealed class Server : IAsyncLifetime
    {
        public CodeSearchServerFactory Factory { get; } = new("Production", CodeSearch.Tests.TestPaths.SharedCodesets);

        public CodeLookup.CodeLookupClient Client => Factory.Client;

        public Task InitializeAsync()
        {
            if (Environment.GetEnvironmentVariable("CODESEARCH_PREBUILT_INDEX") is { Length: > 0 } prebuilt) Copy(prebuilt, Path.Combine(Factory.TempRoot, "index"));
            return Factory.WaitUntilServingAsync(TimeSpan.FromMinutes(10));
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }

        private static void Copy(string from, string to)
        {
            foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    private static BatchGetCodesRequest Thousand(string code)
    {
        var request = new BatchGetCodesRequest();
        for (var i = 0; i < 1000; i++) request.Requests.Add(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = code });
        return request;
    }

    [Fact]
    public async Task BatchGetCodes_ThousandTimesC7989_RefusedClearlyAndMemoryHeld()
    {
        var one = (await server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "C79.89" })).CalculateSize();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();

        var calls = Enumerable.Range(0, 16).Select(_ => FailsWith(StatusCode.ResourceExhausted, () => server.Client.BatchGetCodesAsync(Thousand("C79.89")).ResponseAsync)).ToList();
        var errors = await Task.WhenAll(calls);
        var elapsed = clock.Elapsed;
        var after = Process.GetCurrentProcess().WorkingSet64;

        output.WriteLine($"one C79.89: {one:N0} bytes; 16 refusals in {elapsed.TotalMilliseconds:N0} ms; working set {before / 1048576.0:N0} -> {after / 1048576.0:N0} MiB");
        Assert.All(errors, e => Assert.Contains("16,777,216", e.Status.Detail, StringComparison.Ordinal));
        Assert.True(after - before < 100L * 1024 * 1024, $"working set grew {(after - before) / 1048576.0:N0} MiB");
    }

    [Fact]
    public async Task BatchGetCodes_ThousandDistinctEverydayCodes_AnsweredWithinTheLimit()
    {
        var search = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "diabetes", PageSize = 100, Systems = { CodeSystem.Icd10Cm } });
        var request = new BatchGetCodesRequest();
        foreach (var result in search.Results) request.Requests.Add(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = result.Code.Code_ });

        var response = await server.Client.BatchGetCodesAsync(request);

        var sizes = response.Results.Select(r => r.CalculateSize()).Order().ToList();
        output.WriteLine($"{sizes.Count} codes: median {sizes[sizes.Count / 2]:N0} bytes, max {sizes[^1]:N0}, total {response.CalculateSize():N0}");
        Assert.Equal(request.Requests.Count, response.Results.Count);
    }
}
