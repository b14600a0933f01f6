using Microsoft.Extensions.Logging;

namespace CodeSearch.Cli.Commands;

/// <summary>Console loggers for the library code the commands call (progress counts go to the console).</summary>
internal static class ConsoleLogging
{
    private static readonly ILoggerFactory Factory = LoggerFactory.Create(b => b
        .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
        .SetMinimumLevel(LogLevel.Information));

    public static ILogger<T> Create<T>() => Factory.CreateLogger<T>();
}
