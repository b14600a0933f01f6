using Microsoft.Extensions.Logging;

namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// The server's error-level log lines, kept so a test that gets INTERNAL can say why. A provider type of its own: a
/// filter on it leaves the tests' own <see cref="CapturingLoggerProvider"/>s alone.
/// </summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private readonly CapturingLoggerProvider _lines = new();

    public IEnumerable<string> Lines => _lines.Lines;

    public ILogger CreateLogger(string categoryName) => _lines.CreateLogger(categoryName);

    public void Dispose() => _lines.Dispose();
}
