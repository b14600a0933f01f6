using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// Learns phrase → code pairs from coded notes by association: for every run of 1 to <see cref="MaxWords"/>
/// consecutive non-stop-word stems inside a sentence, count the notes that hold it (df) and, per code, the notes that
/// hold it and carry the code (support). A pair is kept when support ≥ <see cref="MinSupport"/> and
/// support / df ≥ <see cref="MinPrecision"/>, unless a shorter phrase inside it already predicts the same code at
/// least as precisely; each code keeps its <see cref="MaxPerCode"/> best phrases. Deterministic: same notes, same file.
/// </summary>
public static class PhraseLearner
{
    /// <summary>Longest phrase, in stems.</summary>
    public const int MaxWords = 4;

    /// <summary>Least number of notes holding phrase and code.</summary>
    public const int MinSupport = 2;

    /// <summary>Least share of the notes holding the phrase that carry the code.</summary>
    public const float MinPrecision = 0.2f;

    /// <summary>Most phrases kept per code.</summary>
    public const int MaxPerCode = 12;

    /// <summary>The learned pairs.</summary>
    public static List<LearnedTerm> Learn(IReadOnlyList<TrainingNote> notes)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var joint = new Dictionary<(string Phrase, int Code), int>();
        var codeKeys = new Dictionary<(Core.CodeSystemId, string), int>();
        var codeList = new List<(Core.CodeSystemId System, string Code)>();
        foreach (var note in notes)
        {
            var phrases = Phrases(note.Text);
            foreach (var p in phrases) df[p] = df.GetValueOrDefault(p) + 1;
            foreach (var code in note.Codes.Distinct(StringComparer.Ordinal))
            {
                if (!codeKeys.TryGetValue((note.System, code), out var id))
                {
                    id = codeList.Count;
                    codeKeys.Add((note.System, code), id);
                    codeList.Add((note.System, code));
                }
                foreach (var p in phrases) joint[(p, id)] = joint.GetValueOrDefault((p, id)) + 1;
            }
        }

        var kept = joint.Where(j => j.Value >= MinSupport && (float)j.Value / df[j.Key.Phrase] >= MinPrecision)
            .Select(j => (j.Key.Phrase, j.Key.Code, Support: j.Value, Precision: (float)j.Value / df[j.Key.Phrase]))
            .ToList();
        var precisionOf = kept.ToDictionary(k => (k.Phrase, k.Code), k => k.Precision);
        return kept
            .Where(k => !SubPhrases(k.Phrase).Any(s => precisionOf.TryGetValue((s, k.Code), out var p) && p >= k.Precision))
            .GroupBy(k => k.Code)
            .SelectMany(g => g.OrderByDescending(k => k.Precision * Math.Log(1 + k.Support)).ThenBy(k => k.Phrase, StringComparer.Ordinal).Take(MaxPerCode))
            .Select(k => new LearnedTerm(k.Phrase.Split(' '), codeList[k.Code].System, codeList[k.Code].Code, k.Support, k.Precision))
            .OrderBy(t => t.System).ThenBy(t => t.Code, StringComparer.Ordinal).ThenBy(t => string.Join(' ', t.Stems), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Distinct phrases of a note.</summary>
    public static HashSet<string> Phrases(string text)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        var vocabulary = new Vocabulary();
        foreach (var sentence in new NoteReader().Read(text, vocabulary, CancellationToken.None))
        {
            var stems = new List<string>();
            Text.TextSpan span = sentence.Span;
            WordSplitter.Split(text, span.Start, span.End, (_, _, w) =>
            {
                if (!StopWords.Contains(w) && !w.All(char.IsDigit) && w.Length > 1) stems.Add(Stemmer.Stem(w));
            });
            for (var i = 0; i < stems.Count; i++)
            {
                for (var n = 1; n <= MaxWords && i + n <= stems.Count; n++)
                {
                    phrases.Add(string.Join(' ', stems.Skip(i).Take(n)));
                }
            }
        }
        return phrases;
    }

    private static IEnumerable<string> SubPhrases(string phrase)
    {
        var words = phrase.Split(' ');
        for (var n = 1; n < words.Length; n++)
        {
            for (var i = 0; i + n <= words.Length; i++) yield return string.Join(' ', words.Skip(i).Take(n));
        }
    }
}
