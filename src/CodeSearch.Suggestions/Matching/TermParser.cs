namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Splits a code description or synonym into the words a mention must cover (required) and the words it may
/// leave out (optional). The rules follow the classification's own conventions:
/// <list type="bullet">
/// <item>words in parentheses or brackets are nonessential modifiers: optional ("Essential (primary) hypertension");</item>
/// <item>"unspecified", "NOS", "not elsewhere classified", "NEC", "in diseases classified elsewhere", "site not
/// specified", "uncomplicated" are the default
/// the text need not state: optional, and so is a generic noun right after "unspecified" ("unspecified site");</item>
/// <item>"without ..." up to the next comma is the default too: optional ("... without complications");</item>
/// <item>an encounter qualifier for the 7th character ("initial encounter ...", "sequela") is dropped, so the
/// variants tie and the initial encounter wins by official order;</item>
/// <item>"other"/"oth" is required and can be matched only by the word itself: an "Other ..." code is for a condition
/// specified but not listed, so it should rank under the unspecified code unless the text says so;</item>
/// <item>stop words are dropped; everything else is required.</item>
/// </list>
/// </summary>
public static class TermParser
{
    private static readonly HashSet<string> GenericAfterUnspecified = new(StringComparer.Ordinal)
    {
        "site", "sites", "side", "part", "parts", "location", "region", "organ", "organs", "type", "cause", "origin",
        "laterality", "organism", "kind", "form", "episode", "bone", "joint", "body", "level", "degree", "stage", "trimester",
    };

    /// <summary>Parses <paramref name="text"/> into required and optional folded words (not yet stemmed).</summary>
    public static ParsedTerm Parse(string text)
    {
        var required = new List<string>();
        var optional = new List<string>();
        foreach (var (segment, bracketed) in Segments(text))
        {
            var words = WordSplitter.Words(segment);
            var lowered = string.Join(' ', words);
            if (IsEncounter(lowered)) continue;
            var segmentOptional = bracketed || IsDefaultQualifier(lowered);
            var inWithout = false;
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (w == "without") inWithout = true;
                if (w is "other" or "oth")
                {
                    if (!segmentOptional && !inWithout) required.Add("other");
                    continue;
                }
                if (StopWords.Contains(w)) continue;
                var isOptional = segmentOptional || inWithout || w is "unspecified" or "unsp" or "nos" or "nec" or "uncomplicated"
                                 || IsClassifiedElsewhere(words, i)
                                 || (i > 0 && words[i - 1] is "unspecified" or "unsp" && GenericAfterUnspecified.Contains(w));
                (isOptional ? optional : required).Add(w);
            }
        }
        return new ParsedTerm(required, optional);
    }

    // "in diseases classified elsewhere", "not elsewhere classified", "not otherwise specified": only these words are
    // optional, the condition before them stays required.
    private static bool IsClassifiedElsewhere(List<string> words, int i)
    {
        bool At(int j, string w) => j >= 0 && j < words.Count && words[j] == w;
        return words[i] switch
        {
            "classified" => At(i + 1, "elsewhere") || At(i - 1, "elsewhere"),
            "elsewhere" => At(i - 1, "classified") || At(i + 1, "classified"),
            "diseases" or "disease" or "conditions" => At(i + 1, "classified") && At(i + 2, "elsewhere"),
            "otherwise" => At(i + 1, "specified"),
            "specified" => At(i - 1, "otherwise"),
            _ => false,
        };
    }

    // The 7th-character encounter ("initial encounter for closed fracture", "sequela") is dropped altogether, so the
    // variants tie and official order puts the initial encounter first.
    private static bool IsEncounter(string segment) =>
        segment.StartsWith("initial encounter", StringComparison.Ordinal)
        || segment.StartsWith("subsequent encounter", StringComparison.Ordinal)
        || segment == "sequela";

    private static bool IsDefaultQualifier(string segment) =>
        segment is "unspecified" or "nos" or "nec" or "not elsewhere classified" or "not otherwise specified"
            or "site not specified" or "not specified";

    // Comma-separated segments, with bracketed text split out as its own (optional) segments.
    private static IEnumerable<(string Text, bool Bracketed)> Segments(string text)
    {
        var depth = 0;
        var current = new System.Text.StringBuilder();
        var bracketed = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (c is '(' or '[') { depth++; continue; }
            if (c is ')' or ']')
            {
                if (depth > 0) depth--;
                if (depth == 0 && bracketed.Length > 0) { yield return (bracketed.ToString(), true); bracketed.Clear(); }
                continue;
            }
            if (depth > 0) { bracketed.Append(c); continue; }
            if (c is ',' or ';')
            {
                yield return (current.ToString(), false);
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0) yield return (current.ToString(), false);
        if (bracketed.Length > 0) yield return (bracketed.ToString(), true);
    }
}

/// <summary>A parsed description: folded words, before stemming.</summary>
public sealed record ParsedTerm(IReadOnlyList<string> Required, IReadOnlyList<string> Optional);
