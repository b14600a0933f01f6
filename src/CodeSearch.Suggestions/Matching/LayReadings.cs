using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Lay, eponym and synonym terms of the shared clinical vocabulary (the one search reads queries with) read on the note
/// side: "high blood pressure" also reads as "hypertension", "fibroids" as "leiomyoma of uterus", "mental retardation"
/// as "intellectual disability". The reading's words sit on the term's span, as an abbreviation's expansion does; the
/// note's own words stay. Only terms with one reading that is not the term itself are read (a term whose reading depends
/// on context words, or a filler, is left to search). Immutable and thread-safe.
/// </summary>
public sealed class LayReadings
{
    private static readonly Lazy<LayReadings> Embedded = new(() => From(ClinicalVocabulary.Default));

    // Term (folded words, one space apart) → reading words (folded, stop words left out); first word → most words of a term.
    private readonly Dictionary<string, string[]> _readings;
    private readonly Dictionary<string, int> _longestFrom;

    private LayReadings(Dictionary<string, string[]> readings)
    {
        _readings = readings;
        _longestFrom = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in readings.Keys)
        {
            var words = term.Split(' ');
            _longestFrom[words[0]] = Math.Max(_longestFrom.GetValueOrDefault(words[0]), words.Length);
        }
    }

    /// <summary>The readings of the shipped vocabulary.</summary>
    public static LayReadings Default => Embedded.Value;

    /// <summary>No readings.</summary>
    public static LayReadings None { get; } = new(new Dictionary<string, string[]>(StringComparer.Ordinal));

    /// <summary>Terms read.</summary>
    public int Count => _readings.Count;

    /// <summary>The terms read (folded words, one space apart), in ordinal order.</summary>
    public IEnumerable<string> Terms => _readings.Keys.Order(StringComparer.Ordinal);

    /// <summary>The readings of <paramref name="vocabulary"/>'s lay, eponym and synonym terms (see the class summary).</summary>
    public static LayReadings From(ClinicalVocabulary vocabulary)
    {
        var readings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var term in vocabulary.Terms.OrderBy(t => t.Term, StringComparer.Ordinal))
        {
            if (term.Kind is not (TermKind.Lay or TermKind.Eponym or TermKind.Synonym) || !term.Curated) continue;
            if (term.Readings.Count != 1 || term.ReadsAsWritten || term.Readings[0] == VocabularyRewriter.Filler) continue;
            var words = WordSplitter.Words(term.Term);
            var own = words.Where(w => !StopWords.Contains(w)).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
            var reading = WordSplitter.Words(term.Readings[0]).Where(w => !StopWords.Contains(w)).ToArray();
            // A reading that adds no word of its own ("knees" → knee) changes nothing the stemmer does not.
            if (words.Count == 0 || reading.Length == 0 || reading.All(w => own.Contains(Stemmer.Stem(w)))) continue;
            readings.TryAdd(string.Join(' ', words), reading);
        }
        return new LayReadings(readings);
    }

    /// <summary>
    /// The terms among <paramref name="words"/> (a sentence's folded words in order, stop words included), longest
    /// first and not overlapping: for each, the index of its first and last word and the words it reads as.
    /// </summary>
    public IEnumerable<(int First, int Last, string[] Reading)> Find(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!_longestFrom.TryGetValue(words[i], out var longest)) continue;
            for (var n = Math.Min(longest, words.Count - i); n >= 1; n--)
            {
                var key = n == 1 ? words[i] : string.Join(' ', Enumerable.Range(i, n).Select(k => words[k]));
                if (!_readings.TryGetValue(key, out var reading)) continue;
                yield return (i, i + n - 1, reading);
                i += n - 1;
                break;
            }
        }
    }
}
