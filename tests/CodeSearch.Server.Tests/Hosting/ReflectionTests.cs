using CodeSearch.Server.Tests.Support;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Reflection.V1;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>Server reflection answers what grpcurl asks: the services, and the descriptors to call them.</summary>
[Collection(SampleServerCollection.Name)]
public class ReflectionTests(SampleServer server)
{
    private async Task<ServerReflectionResponse> Ask(ServerReflectionRequest request)
    {
        var client = new ServerReflection.ServerReflectionClient(server.Factory.Channel);
        using var call = client.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return call.ResponseStream.Current;
    }

    [Fact]
    public async Task ListServices_IncludesCodeLookupAndHealth()
    {
        var response = await Ask(new ServerReflectionRequest { ListServices = "" });

        var names = response.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("codesearch.v1.CodeLookup", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }

    [Fact]
    public async Task ListServices_IncludesCodingSuggestions()
    {
        var response = await Ask(new ServerReflectionRequest { ListServices = "" });

        Assert.Contains("codesearch.v1.CodingSuggestions", response.ListServicesResponse.Service.Select(s => s.Name));
    }

    [Fact]
    public async Task FileContainingSymbol_CodingSuggestions_DescriptorsBuildWithStatusAndBothMethods()
    {
        var response = await Ask(new ServerReflectionRequest { FileContainingSymbol = "codesearch.v1.CodingSuggestions" });

        var descriptors = FileDescriptor.BuildFromByteStrings(DependenciesFirst(response.FileDescriptorResponse.FileDescriptorProto));
        var service = descriptors.SelectMany(f => f.Services).Single(s => s.FullName == "codesearch.v1.CodingSuggestions");
        Assert.Equal(["StreamSuggestCodes", "SuggestCodes"], service.Methods.Select(m => m.Name).Order());
        var stream = service.FindMethodByName("StreamSuggestCodes");
        Assert.True(stream.IsClientStreaming && stream.IsServerStreaming);
        Assert.Equal("codesearch.v1.Code", service.FindMethodByName("SuggestCodes").OutputType.FindFieldByName("suggestions").MessageType.FindFieldByName("code").MessageType.FullName);
        Assert.Equal("google.rpc.Status", stream.OutputType.FindFieldByName("error").MessageType.FullName);
    }

    [Fact]
    public async Task ListServices_V1Alpha_AlsoAnswered()
    {
        var client = new global::Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(server.Factory.Channel);
        using var call = client.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new global::Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Contains("codesearch.v1.CodeLookup", call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name));
    }

    [Fact]
    public async Task FileContainingSymbol_CodeLookup_DescriptorsBuildAndHaveGetCode()
    {
        var response = await Ask(new ServerReflectionRequest { FileContainingSymbol = "codesearch.v1.CodeLookup" });

        var files = response.FileDescriptorResponse.FileDescriptorProto;
        Assert.NotEmpty(files);
        var descriptors = FileDescriptor.BuildFromByteStrings(DependenciesFirst(files));
        var service = descriptors.SelectMany(f => f.Services).Single(s => s.FullName == "codesearch.v1.CodeLookup");
        var getCode = service.FindMethodByName("GetCode");
        Assert.NotNull(getCode);
        Assert.Equal("codesearch.v1.GetCodeRequest", getCode.InputType.FullName);
        Assert.Equal("codesearch.v1.Code", getCode.OutputType.FullName);
        Assert.NotNull(getCode.InputType.FindFieldByName("date_of_service"));
        Assert.Equal(
            ["BatchGetCodes", "GetCode", "ListCodeSystems", "SearchCodes", "SearchIndex", "ValidateCodes"],
            service.Methods.Select(m => m.Name).Order());
    }

    /// <summary>Orders serialized FileDescriptorProtos so every file follows its dependencies, as BuildFromByteStrings needs.</summary>
    private static List<ByteString> DependenciesFirst(IEnumerable<ByteString> files)
    {
        var byName = files.Select(b => (Bytes: b, Proto: FileDescriptorProto.Parser.ParseFrom(b))).ToDictionary(f => f.Proto.Name);
        var ordered = new List<ByteString>();
        var done = new HashSet<string>();
        void Visit(string name)
        {
            if (!byName.TryGetValue(name, out var file) || !done.Add(name)) return;
            foreach (var dependency in file.Proto.Dependency) Visit(dependency);
            ordered.Add(file.Bytes);
        }
        foreach (var name in byName.Keys) Visit(name);
        Assert.Equal(byName.Count, ordered.Count);
        return ordered;
    }
}
