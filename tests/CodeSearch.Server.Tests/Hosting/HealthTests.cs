using CodeSearch.Server.Tests.Support;
using Grpc.Core;
using Grpc.Health.V1;

namespace CodeSearch.Server.Tests.Hosting;

[Collection(SampleServerCollection.Name)]
public class HealthTests(SampleServer server)
{
    [Fact]
    public async Task Check_AfterStart_Serving()
    {
        var response = await server.Factory.Health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
        Assert.Null(server.Factory.IndexStatus.Problem);
    }

    [Fact]
    public async Task Check_UnknownService_NotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => server.Factory.Health.CheckAsync(new HealthCheckRequest { Service = "no.such.Service" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }
}
