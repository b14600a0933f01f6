using CodeSearch.Server.Tests.Support;
using Grpc.Core;
using Grpc.Reflection.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Security;

public class ReflectionOptionsTests
{
    [Fact]
    public async Task ServerReflectionInfo_ReflectionDisabled_Unimplemented()
    {
        using var factory = new ConfiguredServerFactory(new Dictionary<string, string?> { ["CodeSearch:Reflection:Enabled"] = "false" });
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        using var call = new ServerReflection.ServerReflectionClient(factory.Channel).ServerReflectionInfo();

        await FailsWith(StatusCode.Unimplemented, () => call.ResponseStream.MoveNext(CancellationToken.None));
    }
}
