namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// What the other candidates of the note and the whole note say about one candidate (the context stage,
/// <see cref="CandidateContexts"/>), read by the ranking features next to the candidate's own mentions.
/// </summary>
/// <param name="CategoryRivals">Other candidates of the note in the same 3-character category.</param>
/// <param name="StrongestInCategory">True when no candidate of the same category is supported more strongly.</param>
/// <param name="NamedByNote">True when a "use additional code" or "code first" note of another counted candidate names
/// this code (<see cref="Guidelines.TabularNotePairs"/>).</param>
/// <param name="Topic">Cosine between the note and the code's <see cref="CodeTopics"/> vector.</param>
/// <param name="NeighbourVote">Similarity-weighted share of the note's nearest train notes coded with the code
/// (<see cref="NoteNeighbours"/>).</param>
public readonly record struct CandidateContext(int CategoryRivals, bool StrongestInCategory, bool NamedByNote, double Topic,
    double NeighbourVote)
{
    /// <summary>For a symptom code: topic cosine with the closest diagnosis the note states in full
    /// (<see cref="ExplainedSymptoms"/>); 0 otherwise.</summary>
    public double ExplainedBy { get; init; }

    /// <summary>Another counted candidate's longer wording, matched in full, holds every required word of this one's
    /// best wording (<see cref="WordingElsewhere"/>).</summary>
    public bool InLongerWording { get; init; }

    /// <summary>The context of a candidate alone in a note without topics or neighbours.</summary>
    public static CandidateContext Alone { get; } = new(0, true, false, 0, 0);
}
