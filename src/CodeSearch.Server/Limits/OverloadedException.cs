namespace CodeSearch.Server.Limits;

/// <summary>
/// A call (or one stream request) refused before any work because a budget is spent: a cost class is full, a
/// stream cap or rate limit is reached, or an answer would exceed the response budget. Maps to RESOURCE_EXHAUSTED
/// with a google.rpc.RetryInfo of <see cref="RetryAfter"/> and a <c>retry-after</c> trailer (ErrorMapping).
/// </summary>
internal sealed class OverloadedException(string message, TimeSpan retryAfter) : Exception(message)
{
    /// <summary>How long the caller should wait before retrying; zero when retrying the same request cannot help.</summary>
    public TimeSpan RetryAfter { get; } = retryAfter;
}
