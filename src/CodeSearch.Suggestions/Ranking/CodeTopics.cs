using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// What the notes coded with each code are about, as a bag of word stems (Data/code-topics.tsv): for each code of the
/// train split, the heaviest stems of the mean tf-idf vector of its notes. The ranker's "topic" feature is the cosine
/// between a note's tf-idf vector and its candidate code's vector: a urology note makes a urology code likelier even
/// where the code's own words matched weakly.
/// </summary>
public sealed class CodeTopics
{
    private readonly IReadOnlyDictionary<string, float> _idf;
    private readonly IReadOnlyDictionary<(CodeSystemId, string), Dictionary<string, float>> _codes;

    /// <param name="idf">Inverse document frequency per stem (stems missing here are ignored).</param>
    /// <param name="codes">Per code: stem weights, L2-normalised.</param>
    public CodeTopics(IReadOnlyDictionary<string, float> idf,
        IReadOnlyDictionary<(CodeSystemId, string), Dictionary<string, float>> codes)
    {
        _idf = idf;
        _codes = codes;
    }

    /// <summary>No topics: every similarity is 0.</summary>
    public static CodeTopics Empty { get; } = new(new Dictionary<string, float>(), new Dictionary<(CodeSystemId, string), Dictionary<string, float>>());

    /// <summary>Stem idf values, for writing the file.</summary>
    public IReadOnlyDictionary<string, float> Idf => _idf;

    /// <summary>Per-code stem weights, for writing the file.</summary>
    public IReadOnlyDictionary<(CodeSystemId System, string Code), Dictionary<string, float>> Codes => _codes;

    /// <summary>The note's L2-normalised tf-idf vector over known stems.</summary>
    public Dictionary<string, float> NoteVector(IEnumerable<string> stems)
    {
        var vector = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var s in stems)
        {
            if (_idf.TryGetValue(s, out var idf)) vector[s] = vector.GetValueOrDefault(s) + idf;
        }
        Normalise(vector);
        return vector;
    }

    /// <summary>Cosine between a note vector and the code's topic (0 when the code has none).</summary>
    public double Similarity(CodeSystemId system, string code, Dictionary<string, float> note) =>
        note.Count == 0 || !_codes.TryGetValue((system, code), out var topic) ? 0 : Dot(topic, note);

    /// <summary>Cosine between the topics of two codes of one system (0 when either has none): how alike the train
    /// notes coded with each are.</summary>
    public double Similarity(MedicalCode a, MedicalCode b)
    {
        if (a.System != b.System || !_codes.TryGetValue((a.System, a.Code), out var x) || !_codes.TryGetValue((b.System, b.Code), out var y)) return 0;
        return x.Count <= y.Count ? Dot(x, y) : Dot(y, x);
    }

    private static double Dot(Dictionary<string, float> topic, Dictionary<string, float> note)
    {
        double dot = 0;
        foreach (var (stem, w) in topic)
        {
            if (note.TryGetValue(stem, out var x)) dot += w * x;
        }
        return dot;
    }

    /// <summary>The stems a note is compared by: non-stop words of two letters or more, not numbers.</summary>
    public static List<string> Stems(string text)
    {
        var stems = new List<string>();
        WordSplitter.Split(text, 0, text.Length, (_, _, w) =>
        {
            if (w.Length > 1 && !StopWords.Contains(w) && !w.All(char.IsDigit)) stems.Add(Stemmer.Stem(w));
        });
        return stems;
    }

    /// <summary>Scales <paramref name="vector"/> to unit length in place.</summary>
    public static void Normalise(Dictionary<string, float> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(v => (double)v * v));
        if (norm == 0) return;
        foreach (var k in vector.Keys.ToList()) vector[k] = (float)(vector[k] / norm);
    }
}
