using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// Learns <see cref="NoteNeighbours"/>: each train note's tf-idf vector over the topics' idf, cut to the
/// <see cref="NoteNeighbours.StemsPerNote"/> heaviest stems, renormalised and rounded as the file stores them, with
/// its distinct gold codes. Deterministic.
/// </summary>
public static class NeighbourLearner
{
    /// <summary>The neighbours of <paramref name="notes"/>, with the idf of <paramref name="topics"/>.</summary>
    public static NoteNeighbours Learn(IReadOnlyList<TrainingNote> notes, CodeTopics topics) =>
        new(notes.Select(n => new NeighbourNote(n.System, Cut(topics.NoteVector(CodeTopics.Stems(n.Text))),
            n.Codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())).ToList());

    private static Dictionary<string, float> Cut(Dictionary<string, float> vector)
    {
        var top = vector.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(NoteNeighbours.StemsPerNote)
            .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        CodeTopics.Normalise(top);
        foreach (var k in top.Keys.ToList()) top[k] = (float)Math.Round(top[k], 3);
        return top;
    }
}
