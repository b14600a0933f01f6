namespace CodeSearch.Server.Hosting;

/// <summary>What the start-up reported, for health and logs: null while fine or still loading.</summary>
public sealed class IndexStartupState
{
    private volatile string? _problem;

    public string? Problem
    {
        get => _problem;
        set => _problem = value;
    }
}
