using CodeSearch.Tests;

namespace CodeSearch.Server.Tests.Clients;

/// <summary>
/// The Python example of docs/clients.md (clients/python/example.py) run against a real server on a loopback port:
/// the client generates its message classes from protos/ with protoc (including the google/api files codes.proto
/// imports), and every call the document shows works. Needs protoc and a Python 3 with grpcio and protobuf
/// (Debian: python3-grpcio, python3-protobuf; .ci/run installs them and names the interpreter in
/// CODESEARCH_PYTHON); without them the test fails saying so.
/// </summary>
public class PythonClientTests
{
    private static readonly string ClientDirectory = Path.Combine(TestPaths.RepoRoot, "clients", "python");

    private static string Interpreter => Environment.GetEnvironmentVariable("CODESEARCH_PYTHON") is { Length: > 0 } python
        ? python
        : "python3";

    private static string WhenMissing => $"{Interpreter} is not installed (the Python client test needs Python 3).";

    [Fact]
    public async Task PythonExample_AgainstTheSampleServer_UnaryPagingErrorDetailsAndStreamAllWork()
    {
        var (importExit, importOutput) = await ClientExample.RunAsync(Interpreter, ClientDirectory, WhenMissing,
            "-c", "import grpc, google.protobuf");
        Assert.True(importExit == 0,
            $"{Interpreter} cannot import grpc and google.protobuf (install python3-grpcio and python3-protobuf, or set " +
            $"CODESEARCH_PYTHON to an interpreter that has them; .ci/run does):\n{importOutput}");
        var (server, address) = await ClientExample.StartServerAsync();
        using var _ = server;
        var endpoint = new Uri(address);

        var (exitCode, output) = await ClientExample.RunAsync(Interpreter, ClientDirectory, WhenMissing,
            "example.py", "--address", $"{endpoint.Host}:{endpoint.Port}");

        Assert.True(exitCode == 0, $"python example.py exited {exitCode}:\n{output}");
        ClientExample.AssertSharedOutput(output);
        Assert.Matches(@"unary: E11\.9 .*; \d+ notes, [1-9]\d* Excludes1", output);
        Assert.Contains("stream: note-2: I10", output);
    }
}
