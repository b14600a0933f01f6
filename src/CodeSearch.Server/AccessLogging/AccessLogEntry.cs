using System.Net;

namespace CodeSearch.Server.AccessLogging;

/// <summary>
/// One call's access-log fields, captured when the call ends and written later by <see cref="AccessLogWriter"/>.
/// Holds no request or response content; the path and peer are turned into text on the writer's thread.
/// </summary>
internal readonly record struct AccessLogEntry(
    PathString Method, string Caller, IPAddress? Peer, string Status, double ElapsedMs,
    long RequestBytes, long ResponseBytes, int RequestMessages, int ResponseMessages);
