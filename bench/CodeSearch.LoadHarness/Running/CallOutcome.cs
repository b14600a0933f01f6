using Grpc.Core;

namespace CodeSearch.LoadHarness.Running;

/// <summary>Names a failed call's outcome for the report: the gRPC status ("Unavailable"), or "client:&lt;exception&gt;".</summary>
internal static class CallOutcome
{
    public static string Of(Exception ex) => ex switch
    {
        RpcException rpc => rpc.StatusCode.ToString(),
        OperationCanceledException => "client:Cancelled",
        _ => "client:" + ex.GetType().Name,
    };
}
