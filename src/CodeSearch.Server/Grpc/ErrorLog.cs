using System.Text;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// Logs unexpected errors (bugs). For RPCs that carry a clinical note only the exception types and stack traces are
/// logged: an exception message may quote its input, and note text must never reach a log.
/// </summary>
internal static partial class ErrorLog
{
    private static readonly string NoteBearingPrefix = "/" + V1.CodingSuggestions.Descriptor.FullName + "/";

    public static void Unexpected(ILogger logger, string method, Exception exception)
    {
        if (method.StartsWith(NoteBearingPrefix, StringComparison.Ordinal)) LogWithheld(logger, method, Describe(exception));
        else LogUnexpected(logger, method, exception);
    }

    /// <summary>Types and stack traces of the exception and its inner exceptions, without their messages.</summary>
    internal static string Describe(Exception exception)
    {
        var text = new StringBuilder();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (text.Length > 0) text.Append("\n ---> ");
            text.Append(e.GetType().FullName).Append('\n').Append(e.StackTrace);
        }
        return text.ToString();
    }

    /// <summary>
    /// A call the client cancelled or reset, or whose deadline passed: not a server error, so one Debug line with the
    /// exception's type name only (no message, no stack trace).
    /// </summary>
    [LoggerMessage(EventId = 4050, Level = LogLevel.Debug, Message = "Call {Method} ended by the client (cancelled, reset or past its deadline): {ExceptionType}")]
    public static partial void Cancelled(ILogger logger, string method, string exceptionType);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unexpected error in {Method}")]
    private static partial void LogUnexpected(ILogger logger, string method, Exception exception);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error,
        Message = "Unexpected error in {Method} (exception messages withheld: they may quote the note): {Details}")]
    private static partial void LogWithheld(ILogger logger, string method, string details);
}
