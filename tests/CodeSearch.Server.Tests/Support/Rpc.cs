using Google.Rpc;
using Grpc.Core;

namespace CodeSearch.Server.Tests.Support;

/// <summary>Assertions on gRPC errors and the google.rpc.Status details they carry.</summary>
internal static class Rpc
{
    /// <summary>Runs the call and returns its RpcException after checking the status code.</summary>
    public static async Task<RpcException> FailsWith(StatusCode code, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(ex.StatusCode == code, $"expected {code}, got {ex.StatusCode}: {ex.Status.Detail}");
        return ex;
    }

    /// <summary>Checks INVALID_ARGUMENT with a google.rpc.BadRequest naming <paramref name="field"/>; returns its description.</summary>
    public static async Task<string> FailsOnField(string field, Func<Task> call)
    {
        var ex = await FailsWith(StatusCode.InvalidArgument, call);
        var status = ex.GetRpcStatus();
        Assert.NotNull(status);
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        var violation = Assert.Single(badRequest.FieldViolations, v => v.Field == field);
        Assert.False(string.IsNullOrWhiteSpace(violation.Description));
        return violation.Description;
    }

    public static Google.Type.Date Date(int year, int month, int day) => new() { Year = year, Month = month, Day = day };
}
