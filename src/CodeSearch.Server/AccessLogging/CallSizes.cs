namespace CodeSearch.Server.AccessLogging;

/// <summary>
/// Message counts and protobuf payload bytes of one call, filled in by <see cref="MessageSizeInterceptor"/> and
/// read by <see cref="AccessLogMiddleware"/> (an HttpContext feature). Sizes are of the serialized messages,
/// without the 5-byte gRPC frame header.
/// </summary>
internal sealed class CallSizes
{
    private long _requestBytes;
    private long _responseBytes;
    private int _requestMessages;
    private int _responseMessages;

    public long RequestBytes => Interlocked.Read(ref _requestBytes);
    public long ResponseBytes => Interlocked.Read(ref _responseBytes);
    public int RequestMessages => Volatile.Read(ref _requestMessages);
    public int ResponseMessages => Volatile.Read(ref _responseMessages);

    public void AddRequest(object? message)
    {
        Interlocked.Add(ref _requestBytes, SizeOf(message));
        Interlocked.Increment(ref _requestMessages);
    }

    public void AddResponse(object? message)
    {
        Interlocked.Add(ref _responseBytes, SizeOf(message));
        Interlocked.Increment(ref _responseMessages);
    }

    private static int SizeOf(object? message) => message is Google.Protobuf.IMessage protobuf ? Caching.SerializedResponses.SizeOf(protobuf) : 0;
}
