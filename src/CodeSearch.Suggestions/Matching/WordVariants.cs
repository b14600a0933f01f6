using CodeSearch.Suggestions.Data;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Words of translated or older clinical wording read as the classification's words (Data/word-variants.tsv):
/// "lithiasis" also reads as "calculus", "gonalgia" as "knee pain". Applied to the note's words only; the note word
/// keeps its own stem, so learned phrases written with it still match. Immutable and thread-safe.
/// </summary>
public sealed class WordVariants
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "word-variants.tsv";

    private static readonly Lazy<WordVariants> Embedded = new(() =>
    {
        using var reader = EmbeddedData.Open(FileName);
        return Read(reader);
    });

    private readonly Dictionary<string, string[]> _readings;

    private WordVariants(Dictionary<string, string[]> readings) => _readings = readings;

    /// <summary>The embedded list.</summary>
    public static WordVariants Default => Embedded.Value;

    /// <summary>No variants: every word reads only as itself.</summary>
    public static WordVariants None { get; } = new(new Dictionary<string, string[]>(StringComparer.Ordinal));

    /// <summary>Reads the list; a word listed twice is a data error.</summary>
    public static WordVariants Read(TextReader reader)
    {
        var readings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(reader, FileName, ["word", "reads_as", "notes"], 2))
        {
            var word = WordSplitter.Words(row.Fields[0]);
            if (word.Count != 1) throw new DataFileException(FileName, row.LineNumber, "word must be a single word");
            var reading = WordSplitter.Words(row.Fields[1]).Where(w => !StopWords.Contains(w)).ToArray();
            if (reading.Length == 0) throw new DataFileException(FileName, row.LineNumber, "reads_as has no words");
            if (!readings.TryAdd(word[0], reading)) throw new DataFileException(FileName, row.LineNumber, $"'{word[0]}' listed twice");
        }
        return new WordVariants(readings);
    }

    /// <summary>The extra words a folded note word reads as, or none.</summary>
    public IReadOnlyList<string> ReadingsOf(string folded) => _readings.GetValueOrDefault(folded) ?? [];
}
