using CodeSearch.LoadHarness.Options;
using CodeSearch.V1;
using Grpc.Health.V1;

namespace CodeSearch.LoadHarness.Workload;

/// <summary>
/// Sends one call of a given RPC. Inputs rotate through the workload with shared counters, so cold queries are not
/// repeated across workers; a failed call throws (RpcException carries the status the runner records).
/// </summary>
internal sealed class RpcCaller(ClientPool clients, WorkloadData data, int workers) : IAsyncDisposable
{
    private readonly StreamCaller?[] _streams = new StreamCaller?[workers];
    private long _code = -1, _hot = -1, _cold = -1, _note = -1;

    /// <summary>Cold queries sent so far; above the set's size means some were sent twice.</summary>
    public long ColdSent => Interlocked.Read(ref _cold) + 1;

    public Task CallAsync(RpcKind kind, int worker, CancellationToken ct) => kind switch
    {
        RpcKind.Health => clients.Health().CheckAsync(new HealthCheckRequest(), cancellationToken: ct).ResponseAsync,
        RpcKind.GetCode => clients.Lookup().GetCodeAsync(new GetCodeRequest
            { System = CodeSystem.Icd10Cm, Code = Next(data.Codes, ref _code) }, cancellationToken: ct).ResponseAsync,
        RpcKind.SearchHot => Search(Next(data.Queries.Hot, ref _hot), ct),
        RpcKind.SearchCold => ColdSearch(ct),
        RpcKind.Suggest => clients.Suggestions().SuggestCodesAsync(Suggestion(), cancellationToken: ct).ResponseAsync,
        _ => (_streams[worker] ??= new StreamCaller(clients.SuggestionsFor(worker))).CallAsync(Suggestion(), ct),
    };

    /// <summary>Whether the workload can feed <paramref name="kind"/> (suggestions need notes, lookups need codes).</summary>
    public bool CanCall(RpcKind kind) => kind switch
    {
        RpcKind.Suggest or RpcKind.Stream => data.Notes.Count > 0,
        RpcKind.GetCode => data.Codes.Count > 0,
        RpcKind.SearchCold => data.Queries.Cold.Count > 0,
        _ => true,
    };

    /// <summary>Closes the workers' streams (between scenarios, so each starts fresh).</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < _streams.Length; i++)
        {
            if (_streams[i] is { } s) await s.DisposeAsync();
            _streams[i] = null;
        }
    }

    private Task Search(string query, CancellationToken ct, int pageSize = 0) =>
        clients.Lookup().SearchCodesAsync(new SearchCodesRequest { Query = query, PageSize = pageSize }, cancellationToken: ct).ResponseAsync;

    // Once the cold set is used up it starts again with another page size: the response cache keys on the page size,
    // so a cold query is never answered from the cache (for up to 80 passes over the set).
    private Task ColdSearch(CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _cold);
        var pass = (int)(n / data.Queries.Cold.Count);
        return Search(data.Queries.Cold[(int)(n % data.Queries.Cold.Count)], ct, ColdPageSize(pass));
    }

    /// <summary>Page size of the cold set's <paramref name="pass"/>-th pass: 20 (the default), then 21, 22, ... 100, then again.</summary>
    public static int ColdPageSize(int pass) => 20 + pass % 81;

    private SuggestCodesRequest Suggestion() =>
        new() { Text = Next(data.Notes, ref _note), Systems = { CodeSystem.Icd10Cm } };

    private static T Next<T>(IReadOnlyList<T> items, ref long counter) =>
        items[(int)(Interlocked.Increment(ref counter) % items.Count)];
}
