namespace CodeSearch.Server.Hosting;

/// <summary>
/// Log lines of the index life cycle. The ids of the start-up (1101-1109) and reload (1201-1208) lines are those they
/// had before the life cycle was one class, so existing alerts keep working; new lines take 4830-4859.
/// </summary>
internal static partial class IndexLifecycleLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "SERVING index generation {Generation} with {Releases} releases (rebuilt: {Rebuilt})")]
    public static partial void Serving(ILogger logger, string generation, int releases, bool rebuilt);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Critical, Message = "The index could not be opened or built; health stays NOT_SERVING")]
    public static partial void StartupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Critical, Message = "Not serving: {Problem}")]
    public static partial void StartupRefused(ILogger logger, string problem);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "{Release} is the newest loaded release and ended {EndDate}: requests for today's dates of service get FAILED_PRECONDITION until the next release is loaded")]
    public static partial void Outdated(ILogger logger, string release, string endDate);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information, Message = "Suggestion dictionaries for {Generation} ready in {Milliseconds:0} ms")]
    public static partial void Warmed(ILogger logger, string generation, double milliseconds);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Warning, Message = "Suggestion dictionaries could not be prepared ahead ({Error}); the first call builds them")]
    public static partial void WarmFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Source files changed since generation {Generation} was built: building a new generation in the background")]
    public static partial void Changed(ILogger logger, string generation);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "SERVING index generation {Generation} (replacing {Previous}); built and warmed in {Milliseconds:0} ms")]
    public static partial void Swapped(ILogger logger, string generation, string previous, double milliseconds);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Reload failed; still serving the previous generation. Cause: {Reason}")]
    public static partial void ReloadFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Index generation {Generation} released by its last request, closed and deleted")]
    public static partial void Released(ILogger logger, string generation);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "Reload refused: {Problem}")]
    public static partial void ReloadRefused(ILogger logger, string problem);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Error, Message = "Checking the source files for changes failed; will try again")]
    public static partial void CheckFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1207, Level = LogLevel.Warning, Message = "Released index generation {Generation} could not be deleted now ({Reason}); the next clean-up removes it")]
    public static partial void CleanUpFailed(ILogger logger, string generation, string reason);

    [LoggerMessage(EventId = 4830, Level = LogLevel.Information, Message = "Index generation {Generation} open; compiling its suggestion dictionaries before it is served")]
    public static partial void Warming(ILogger logger, string generation);

    [LoggerMessage(EventId = 4831, Level = LogLevel.Debug, Message = "Index life cycle: {Phase} (generation {Generation}, last error {LastError})")]
    public static partial void PhaseChanged(ILogger logger, IndexPhase phase, string generation, IndexErrorKind lastError);
}
