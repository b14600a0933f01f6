namespace CodeSearch.Indexing.Search;

// A patient's age written beside the condition (docs/search.md, "An age beside the condition"): "wcc 2 yo", "chest
// pain 45 y/o", "fever 6 month old". No title writes an age this way (the titles say child, adult, newborn), so the
// number and its unit are read as nothing, and the number no longer matches a stage, a type or a body mass index.
internal sealed partial class QueryReader
{
    // Units read as an age with or without a following "old" ("2 yo", "2yo", "45 y/o").
    private static readonly HashSet<string> AgeUnits = new(StringComparer.Ordinal) { "yo", "y/o", "y.o", "y.o.", "yoa" };

    // Units read as an age only before "old" ("2 year old", "6 mo old"): alone they are a duration ("cough 2 weeks").
    private static readonly HashSet<string> AgeUnitsBeforeOld = new(StringComparer.Ordinal)
    {
        "y", "yr", "yrs", "year", "years", "mo", "mos", "month", "months", "wk", "wks", "week", "weeks", "day", "days",
    };

    /// <summary>
    /// <paramref name="text"/> without the ages written in it (a number of one to three digits and an age unit, joined
    /// or not: "2 yo", "2yo", "45 y/o", "3 year old", "6-month-old", "2 years old"), or null when it holds none or nothing
    /// else.
    /// </summary>
    internal static string? ReadAges(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length;)
        {
            if (AgeAt(words, i) is var end and > 0)
            {
                i = end;
                continue;
            }
            kept.Add(words[i]);
            i++;
        }
        if (kept.Count == words.Length || kept.Count == 0) return null;
        return string.Join(' ', kept) + (text.EndsWith(' ') ? " " : "");
    }

    // The index just past an age starting at words[at], or 0.
    private static int AgeAt(string[] words, int at)
    {
        var word = words[at];
        var digits = word.TakeWhile(char.IsAsciiDigit).Count();
        if (digits is 0 or > 3) return 0;
        var unit = word[digits..].TrimStart('-');
        // "2-year-old", "6-month-old" as one word.
        if (unit.EndsWith("-old", StringComparison.Ordinal) && AgeUnitsBeforeOld.Contains(unit[..^4])) return at + 1;
        if (unit.Length > 0) return AgeUnits.Contains(unit) ? at + 1 : UnitBeforeOld(words, at + 1, unit);
        if (at + 1 >= words.Length) return 0;
        var next = words[at + 1];
        if (AgeUnits.Contains(next)) return at + 2;
        return UnitBeforeOld(words, at + 2, next);
    }

    // Past "old" when unit is a unit read as an age before it and "old" stands at words[oldAt], else 0.
    private static int UnitBeforeOld(string[] words, int oldAt, string unit) =>
        AgeUnitsBeforeOld.Contains(unit) && oldAt < words.Length && words[oldAt] == "old" ? oldAt + 1 : 0;
}
