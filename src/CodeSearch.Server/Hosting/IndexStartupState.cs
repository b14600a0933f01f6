namespace CodeSearch.Server.Hosting;

/// <summary>What the start-up (and later reloads) reported, for health and logs.</summary>
public sealed class IndexStartupState
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _problem;

    /// <summary>Why nothing is served, or why the newest sources are not: null while fine or still loading.</summary>
    public string? Problem
    {
        get => _problem;
        set => _problem = value;
    }

    /// <summary>Completes when the start-up has served a generation or given up; reloads wait for it.</summary>
    public Task Finished => _finished.Task;

    internal void MarkFinished() => _finished.TrySetResult();
}
