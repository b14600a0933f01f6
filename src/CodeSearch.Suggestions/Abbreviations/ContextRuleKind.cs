namespace CodeSearch.Suggestions.Abbreviations;

/// <summary>The rules an abbreviation row can require, written in the <c>context_required</c> column.</summary>
public enum ContextRuleKind
{
    /// <summary><c>case</c>: the text must match the abbreviation's spelling exactly, case included.</summary>
    Case,

    /// <summary><c>header</c>: the abbreviation is a section header (followed by ':' or alone on its line).</summary>
    Header,

    /// <summary><c>not_header</c>: the opposite of <see cref="Header"/>.</summary>
    NotHeader,

    /// <summary><c>next_digit</c>: the next token starts with a digit.</summary>
    NextDigit,

    /// <summary><c>prev:a|b</c>: the previous token is one of the words.</summary>
    Prev,

    /// <summary><c>near:a|b</c>: one of the words is within <see cref="ContextRule.NearWindow"/> tokens either side.</summary>
    Near,

    /// <summary><c>not_near:a|b</c>: none of the words is within the window.</summary>
    NotNear,
}
