using System.Text.RegularExpressions;
using CodeSearch.Core.Vocabulary;
using CodeSearch.Suggestions.Data;

namespace CodeSearch.Suggestions.Abbreviations;

/// <summary>
/// The curated abbreviation list from <c>abbreviations.tsv</c> of the shared clinical vocabulary
/// (<c>CodeSearch.Core/Vocabulary/Data</c>, format in its <c>README.md</c>).
/// Columns: <c>abbreviation</c>, <c>expansion</c>, <c>context_required</c>, <c>notes</c>. The context column is "-"
/// or comma-separated rules that must all hold: <c>case</c>, <c>header</c>, <c>not_header</c>, <c>next_digit</c>,
/// <c>prev:a|b</c>, <c>near:a|b</c>, <c>not_near:a|b</c>. Rows sharing an abbreviation are tried in file order and
/// the first whose rules hold wins, so put the narrow, context-bound meaning first and the default last.
/// </summary>
public sealed partial class AbbreviationList
{
    /// <summary>The embedded data file's name.</summary>
    public const string FileName = VocabularyFiles.Abbreviations;

    private static readonly string[] Header = ["abbreviation", "expansion", "context_required", "notes"];
    // The file belongs to the clinical vocabulary search shares (CodeSearch.Core/Vocabulary/Data).
    private static readonly Lazy<AbbreviationList> Embedded = new(() =>
    {
        using var r = VocabularyFiles.Open(FileName) ?? throw new DataFileException(FileName, 0, "embedded resource not found");
        return Parse(r, FileName);
    });
    private readonly Dictionary<string, AbbreviationEntry[]> _byKey;

    private AbbreviationList(IReadOnlyList<AbbreviationEntry> entries)
    {
        Entries = entries;
        _byKey = entries.GroupBy(e => Key(e.Abbreviation)).ToDictionary(g => g.Key, g => g.ToArray());
        MaxPieces = entries.Count == 0 ? 1 : entries.Max(e => PieceRegex().Matches(e.Abbreviation).Count);
    }

    /// <summary>The list shipped in the assembly (loaded and validated once).</summary>
    public static AbbreviationList Default => Embedded.Value;

    /// <summary>All rows in file order.</summary>
    public IReadOnlyList<AbbreviationEntry> Entries { get; }

    /// <summary>The most tokens any abbreviation can span under any tokenizer (e.g. "N/V" may be 3 tokens).</summary>
    internal int MaxPieces { get; }

    /// <summary>Parses and validates a list; a malformed row throws <see cref="DataFileException"/> naming its line.</summary>
    public static AbbreviationList Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<AbbreviationEntry>();
        foreach (var row in TsvTable.Read(reader, fileName, Header, requiredColumns: 3))
        {
            var rules = ContextRule.ParseAll(row.Fields[2], fileName, row.LineNumber);
            var entry = new AbbreviationEntry(Collapse(row.Fields[0]), row.Fields[1], rules, row.Fields.ElementAtOrDefault(3) ?? "", row.LineNumber);
            if (entries.Any(e => Key(e.Abbreviation) == Key(entry.Abbreviation) && e.Rules.Count == 0))
                throw new DataFileException(fileName, row.LineNumber, $"'{entry.Abbreviation}' follows a row without rules, so it can never apply");
            entries.Add(entry);
        }
        return new AbbreviationList(entries);
    }

    internal IReadOnlyList<AbbreviationEntry> Candidates(string collapsedSurface) =>
        _byKey.TryGetValue(Key(collapsedSurface), out var found) ? found : [];

    /// <summary>
    /// False only when no entry can match <c>text[start..end]</c>: its collapsed, lower-cased surface (as
    /// <see cref="Collapse"/> and the key make it) is built in a buffer when it is ASCII and looked up without a string.
    /// Every run of tokens of a note is tried, and nearly all are no abbreviation.
    /// </summary>
    internal bool MayMatch(string text, int start, int end)
    {
        if (end - start > 64) return true;
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c >= 128) return true;
            if (c is ' ' or >= '\t' and <= '\r')
            {
                space = length > 0;
                continue;
            }
            if (space) buffer[length++] = ' ';
            space = false;
            buffer[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return _byKey.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(buffer[..length]);
    }

    internal static string Collapse(string s) => WhitespaceRegex().Replace(s.Trim(), " ");

    private static string Key(string s) => s.ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"[A-Za-z0-9]+|[^\sA-Za-z0-9]")]
    private static partial Regex PieceRegex();
}
