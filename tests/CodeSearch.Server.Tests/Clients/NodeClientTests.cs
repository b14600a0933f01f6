using CodeSearch.Tests;

namespace CodeSearch.Server.Tests.Clients;

/// <summary>
/// The Node.js example of docs/clients.md (clients/node/example.js) run against a real server on a loopback port:
/// the protos load outside .NET and every call the document shows works. Needs node and `npm ci` in clients/node
/// (.ci/run does it); without them the test fails saying so.
/// </summary>
public class NodeClientTests
{
    private static readonly string ClientDirectory = Path.Combine(TestPaths.RepoRoot, "clients", "node");

    [Fact]
    public async Task NodeExample_AgainstTheSampleServer_UnaryPagingErrorDetailsAndStreamAllWork()
    {
        Assert.True(Directory.Exists(Path.Combine(ClientDirectory, "node_modules", "@grpc", "grpc-js")),
            $"The Node client's packages are not installed: run 'npm ci' in {ClientDirectory} (.ci/run does).");
        var (server, address) = await ClientExample.StartServerAsync();
        using var _ = server;

        var (exitCode, output) = await ClientExample.RunAsync("node", ClientDirectory,
            "node is not installed (the Node client test needs Node.js 18 or later).",
            "example.js", "--address", address);

        Assert.True(exitCode == 0, $"node example.js exited {exitCode}:\n{output}");
        ClientExample.AssertSharedOutput(output);
        Assert.Matches(@"unary: \d+ notes, [1-9]\d* Excludes1", output);
        Assert.Contains("stream: note-3: error 3 ", output);
    }
}
