using System.Diagnostics;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace CodeSearch.Replicas;

/// <summary>
/// Closed-loop workers sending GetCode, SearchCodes and ListCodeSystems (all idempotent) round after round until the
/// load is stopped (calls in flight then finish). Each answer's <c>codesearch-index-generation</c> trailer is recorded; for ListCodeSystems the generation
/// in the body must equal the trailer's (one answer, one generation).
/// </summary>
internal sealed class LoadLoop(GrpcChannel channel, PathStats stats, long startedAt, CancellationToken stop, TimeSpan deadline)
{
    private static readonly string[] Codes = ["E11.9", "I10", "J45.909", "N18.3", "M54.5", "K21.9", "F32.9", "Z00.00"];
    private static readonly string[] Queries = ["diabetes", "hypertension", "asthma", "chest pain", "fracture of femur", "migraine"];

    private double Second => Stopwatch.GetElapsedTime(startedAt).TotalSeconds;

    public Task RunAsync(int workers) => Task.WhenAll(Enumerable.Range(0, workers).Select(WorkerAsync));

    private async Task WorkerAsync(int worker)
    {
        var client = new CodeLookup.CodeLookupClient(channel);
        for (var i = worker; !stop.IsCancellationRequested; i++)
        {
            switch (i % 5)
            {
                case 4:
                    await CallAsync("ListCodeSystems", () => client.ListCodeSystemsAsync(new ListCodeSystemsRequest(), deadline: Deadline()),
                        (r, g) => r.IndexGeneration == g);
                    break;
                case 1 or 3:
                    await CallAsync("SearchCodes", () => client.SearchCodesAsync(new SearchCodesRequest { Query = Queries[i % Queries.Length] }, deadline: Deadline()),
                        (_, _) => true);
                    break;
                default:
                    var code = Codes[i % Codes.Length];
                    await CallAsync("GetCode", () => client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = code }, deadline: Deadline()),
                        (r, _) => r.Code_ == code);
                    break;
            }
        }
    }

    private DateTime Deadline() => DateTime.UtcNow + deadline;

    private async Task CallAsync<T>(string rpc, Func<AsyncUnaryCall<T>> start, Func<T, string?, bool> agrees)
    {
        try
        {
            using var call = start();
            var response = await call.ResponseAsync;
            var generation = call.GetTrailers().GetValue("codesearch-index-generation");
            stats.Succeeded(rpc, generation, Second, agrees(response, generation));
        }
        catch (RpcException e)
        {
            stats.Failure(rpc, e.StatusCode, Second, e.Status.Detail);
        }
    }
}
