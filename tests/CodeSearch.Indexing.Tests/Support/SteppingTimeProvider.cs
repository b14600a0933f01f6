namespace CodeSearch.Indexing.Tests.Support;

/// <summary>A clock that moves one minute each time it is read, so every build gets its own generation name.</summary>
internal sealed class SteppingTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 15, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now = _now.AddMinutes(1);
}
