using CodeSearch.Suggestions.Data;

namespace CodeSearch.Suggestions.Assertion;

/// <summary>
/// The ConText trigger list from <c>Data/context-triggers.tsv</c>: columns <c>trigger</c>, <c>category</c>
/// (negated, possible, historical, family, hypothetical, terminator, clause_break, pseudo), <c>direction</c> (forward,
/// backward, bidirectional; none for terminator, clause_break and pseudo) and <c>max_scope</c> in words (0 for those).
/// </summary>
public sealed class ContextTriggerList
{
    /// <summary>The embedded data file's name.</summary>
    public const string FileName = "context-triggers.tsv";

    private static readonly string[] Header = ["trigger", "category", "direction", "max_scope"];
    private static readonly Lazy<ContextTriggerList> Embedded = new(() => { using var r = EmbeddedData.Open(FileName); return Parse(r, FileName); });
    private readonly Dictionary<string, ContextTrigger[]> _byFirstWord;

    private ContextTriggerList(IReadOnlyList<ContextTrigger> triggers)
    {
        Triggers = triggers;
        // Longest phrase first, so "no increase" (pseudo) and "no history of" win over "no".
        _byFirstWord = triggers.GroupBy(t => t.Words[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Count).ToArray());
    }

    /// <summary>The list shipped in the assembly (loaded and validated once).</summary>
    public static ContextTriggerList Default => Embedded.Value;

    /// <summary>All rows in file order.</summary>
    public IReadOnlyList<ContextTrigger> Triggers { get; }

    /// <summary>Parses and validates a list; a malformed row throws <see cref="DataFileException"/> naming its line.</summary>
    public static ContextTriggerList Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var triggers = new List<ContextTrigger>();
        var seen = new HashSet<string>();
        foreach (var row in TsvTable.Read(reader, fileName, Header, requiredColumns: 4))
        {
            var f = row.Fields;
            if (!TryParse<TriggerCategory>(f[1], out var category))
                throw new DataFileException(fileName, row.LineNumber, $"unknown category '{f[1]}'");
            if (!TryParse<TriggerDirection>(f[2], out var direction))
                throw new DataFileException(fileName, row.LineNumber, $"unknown direction '{f[2]}'");
            if (!int.TryParse(f[3], out var scope) || scope < 0)
                throw new DataFileException(fileName, row.LineNumber, "max_scope must be a whole number of words");
            var scoped = category is not (TriggerCategory.Terminator or TriggerCategory.ClauseBreak or TriggerCategory.Pseudo);
            if (scoped != (direction != TriggerDirection.None) || scoped != (scope > 0))
                throw new DataFileException(fileName, row.LineNumber,
                    "terminator, clause_break and pseudo rows need direction 'none' and max_scope 0; other rows a direction and max_scope > 0");
            var trigger = new ContextTrigger(f[0], category, direction, scope, row.LineNumber);
            if (trigger.Words.Count == 0 || !seen.Add(string.Join(' ', trigger.Words)))
                throw new DataFileException(fileName, row.LineNumber, $"trigger '{f[0]}' is empty or duplicated");
            triggers.Add(trigger);
        }
        return new ContextTriggerList(triggers);
    }

    internal IReadOnlyList<ContextTrigger> StartingWith(string word) =>
        _byFirstWord.TryGetValue(word, out var found) ? found : [];

    private static bool TryParse<T>(string value, out T result) where T : struct, Enum =>
        Enum.TryParse(value.Replace("_", ""), ignoreCase: true, out result) && Enum.IsDefined(result)
        && !value.Any(char.IsDigit);
}
