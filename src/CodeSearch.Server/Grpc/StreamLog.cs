namespace CodeSearch.Server.Grpc;

/// <summary>Stream life-cycle events worth a line (event ids 4000–4099 belong to limits and hardening).</summary>
internal static partial class StreamLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Closed a StreamSuggestCodes stream that sent no {Awaited} within {Seconds} s")]
    public static partial void Closed(ILogger logger, string awaited, double seconds);
}
