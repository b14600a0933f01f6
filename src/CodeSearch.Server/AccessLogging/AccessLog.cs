namespace CodeSearch.Server.AccessLogging;

/// <summary>
/// One line per gRPC call (category <see cref="Category"/>): who, which method, the status, how long, how much.
/// Never request or response content: the method path, status name and sizes carry no note text.
/// </summary>
internal static partial class AccessLog
{
    public const string Category = "CodeSearch.AccessLog";

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "gRPC {Method} caller={Caller} peer={Peer} status={Status} elapsed_ms={ElapsedMs} request_bytes={RequestBytes} response_bytes={ResponseBytes} request_messages={RequestMessages} response_messages={ResponseMessages}")]
    public static partial void Call(ILogger logger, string method, string caller, string peer, string status, double elapsedMs,
        long requestBytes, long responseBytes, int requestMessages, int responseMessages);
}
