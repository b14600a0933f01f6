using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Server.Tests.Support;

/// <summary>Keeps every log line (message and exception text) so tests can check what reaches the logs.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>
    /// Whether a line matching <paramref name="match"/> arrives within 10 s: lines written off the call's path (the
    /// access log's batched writer) appear a moment after the client has its answer.
    /// </summary>
    public async Task<bool> EventuallyAsync(Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Lines.Any(match))
        {
            if (DateTime.UtcNow >= deadline) return false;
            await Task.Delay(25);
        }
        return true;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Lines.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} {exception}");
    }
}
