using CodeSearch.Core;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// Learns <see cref="CodeTopics"/> from coded notes: idf over the notes (stems in at least <see cref="MinNotes"/>
/// notes), each note's unit tf-idf vector, and per code the sum of its notes' vectors cut to the
/// <see cref="StemsPerCode"/> heaviest stems and normalised. Deterministic.
/// </summary>
public static class TopicLearner
{
    /// <summary>Stems kept per code.</summary>
    public const int StemsPerCode = 30;

    /// <summary>Least number of notes a stem must occur in.</summary>
    public const int MinNotes = 2;

    /// <summary>The topics of <paramref name="notes"/>.</summary>
    public static CodeTopics Learn(IReadOnlyList<TrainingNote> notes)
    {
        var stems = notes.Select(n => CodeTopics.Stems(n.Text)).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in stems)
        {
            foreach (var stem in s.Distinct(StringComparer.Ordinal)) df[stem] = df.GetValueOrDefault(stem) + 1;
        }
        var idf = df.Where(p => p.Value >= MinNotes)
            .ToDictionary(p => p.Key, p => (float)Math.Round(Math.Log((double)notes.Count / p.Value), 3), StringComparer.Ordinal);
        var withIdf = new CodeTopics(idf, new Dictionary<(CodeSystemId, string), Dictionary<string, float>>());
        var sums = new Dictionary<(CodeSystemId, string), Dictionary<string, float>>();
        for (var i = 0; i < notes.Count; i++)
        {
            var vector = withIdf.NoteVector(stems[i]);
            foreach (var code in notes[i].Codes.Distinct(StringComparer.Ordinal))
            {
                if (!sums.TryGetValue((notes[i].System, code), out var sum)) sums[(notes[i].System, code)] = sum = new(StringComparer.Ordinal);
                foreach (var (stem, w) in vector) sum[stem] = sum.GetValueOrDefault(stem) + w;
            }
        }
        var codes = sums.ToDictionary(p => p.Key, p => Cut(p.Value));
        return new CodeTopics(idf, codes);
    }

    // The StemsPerCode heaviest stems, renormalised and rounded as the file stores them.
    private static Dictionary<string, float> Cut(Dictionary<string, float> vector)
    {
        var top = vector.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(StemsPerCode)
            .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        CodeTopics.Normalise(top);
        foreach (var k in top.Keys.ToList()) top[k] = (float)Math.Round(top[k], 3);
        return top;
    }
}
