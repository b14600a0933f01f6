namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// What <see cref="DictionaryBuilder"/> did with the learned phrases of one release (counts only, never text).
/// </summary>
/// <param name="Kept">Phrases whose code is a code of the release.</param>
/// <param name="UnderPrefix">ICD-10-PCS phrases learned for a truncated gold code ("0DT6"), attached to a code of the
/// release under that prefix (<see cref="PcsPrefixes"/>).</param>
/// <param name="NotInRelease">Phrases dropped because neither their code nor a code under it is in the release
/// (gold of an older edition).</param>
/// <param name="Empty">Phrases dropped because they have no stems.</param>
public sealed record LearnedTermReport(int Kept, int UnderPrefix, int NotInRelease, int Empty)
{
    /// <summary>No learned phrases.</summary>
    public static LearnedTermReport None { get; } = new(0, 0, 0, 0);

    /// <summary>Phrases left out of the dictionary.</summary>
    public int Dropped => NotInRelease + Empty;
}
