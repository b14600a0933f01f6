namespace CodeSearch.Server.Transport;

/// <summary>Log lines of the transport checks (event ids 4050–4099).</summary>
internal static partial class TransportLog
{
    /// <summary>A request body the client stopped sending (reset, dropped connection): a cancellation, not an error.</summary>
    [LoggerMessage(EventId = 4051, Level = LogLevel.Debug, Message = "Request body of {Path} ended by the client (reset or connection closed): {ExceptionType}")]
    public static partial void BodyAborted(ILogger logger, string path, string exceptionType);
}
