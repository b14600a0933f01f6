using CodeSearch.Suggestions.Data;

namespace CodeSearch.Suggestions.Abbreviations;

/// <summary>
/// One declarative context rule from the <c>context_required</c> column. Words are compared lowercase with surrounding
/// punctuation trimmed; a word without letters or digits (such as "%") matches any token containing it.
/// </summary>
public sealed record ContextRule(ContextRuleKind Kind, IReadOnlyList<string> Words)
{
    /// <summary>How many tokens either side <c>near</c> and <c>not_near</c> look at: 3.</summary>
    public const int NearWindow = 3;

    /// <summary>Parses a <c>context_required</c> cell ("-" or comma-separated rules); throws <see cref="DataFileException"/>.</summary>
    public static IReadOnlyList<ContextRule> ParseAll(string cell, string fileName, int lineNumber)
    {
        if (cell == "-") return [];
        return cell.Split(',').Select(part => Parse(part.Trim(), fileName, lineNumber)).ToArray();
    }

    private static ContextRule Parse(string rule, string fileName, int lineNumber)
    {
        var colon = rule.IndexOf(':');
        var name = colon < 0 ? rule : rule[..colon];
        var words = colon < 0
            ? []
            : rule[(colon + 1)..].Split('|').Select(w => w.Trim().ToLowerInvariant()).ToArray();
        ContextRuleKind? kind = name switch
        {
            "case" => ContextRuleKind.Case,
            "header" => ContextRuleKind.Header,
            "not_header" => ContextRuleKind.NotHeader,
            "next_digit" => ContextRuleKind.NextDigit,
            "prev" => ContextRuleKind.Prev,
            "near" => ContextRuleKind.Near,
            "not_near" => ContextRuleKind.NotNear,
            _ => null,
        };
        if (kind is null) throw new DataFileException(fileName, lineNumber, $"unknown context rule '{name}'");
        var needsWords = kind is ContextRuleKind.Prev or ContextRuleKind.Near or ContextRuleKind.NotNear;
        if (needsWords != (words.Length > 0) || words.Any(w => w.Length == 0))
            throw new DataFileException(fileName, lineNumber,
                needsWords ? $"rule '{name}' needs a word list like '{name}:a|b'" : $"rule '{name}' takes no words");
        return new ContextRule(kind.Value, words);
    }

    internal bool Holds(AbbreviationContext context, string abbreviation) => Kind switch
    {
        ContextRuleKind.Case => string.Equals(context.CollapsedSurface, abbreviation, StringComparison.Ordinal),
        ContextRuleKind.Header => context.IsHeader(),
        ContextRuleKind.NotHeader => !context.IsHeader(),
        ContextRuleKind.NextDigit => context.NextStartsWithDigit(),
        ContextRuleKind.Prev => context.PreviousMatches(Words),
        ContextRuleKind.Near => context.NearMatches(Words, NearWindow),
        ContextRuleKind.NotNear => !context.NearMatches(Words, NearWindow),
        _ => false,
    };
}
