using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using CodeSearch.V1;

namespace CodeSearch.Server.Tests.BadInput;

/// <summary>Deadlines for abusive calls, the allowed outcomes, and the check that the server is still healthy after them.</summary>
internal static class ServerChecks
{
    /// <summary>Every call in these tests has a deadline: a hang fails the test instead of stalling the run.</summary>
    public static DateTime Deadline(int seconds = 15) => DateTime.UtcNow.AddSeconds(seconds);

    /// <summary>
    /// A normal GetCode and the health check both succeed (each within a few seconds), so an abusive call before it
    /// has not broken, wedged or poisoned the server.
    /// </summary>
    public static async Task AssertHealthyAsync(GrpcChannel channel)
    {
        var code = await new CodeLookup.CodeLookupClient(channel)
            .GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }, deadline: Deadline(5));
        Assert.Equal("E11.9", code.Code_);
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: Deadline(5));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    /// <summary>
    /// The call either answers or fails with INVALID_ARGUMENT carrying at least one field violation; anything else
    /// (UNKNOWN, INTERNAL, DEADLINE_EXCEEDED...) fails the test. Returns the answer, or default when rejected.
    /// </summary>
    public static async Task<T?> AnsweredOrInvalidAsync<T>(Func<Task<T>> call) where T : class
    {
        try
        {
            return await call();
        }
        catch (RpcException ex)
        {
            Assert.True(ex.StatusCode == StatusCode.InvalidArgument, $"expected OK or INVALID_ARGUMENT, got {ex.StatusCode}: {ex.Status.Detail}");
            Assert.NotEmpty(ex.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
            return null;
        }
    }
}
