namespace CodeSearch.Suggestions.Abbreviations;

/// <summary>
/// One row of <c>abbreviations.tsv</c>: an <see cref="Abbreviation"/> (one or more words, e.g. "CKD stage 3"),
/// its <see cref="Expansion"/>, the <see cref="Rules"/> that must all hold for this expansion to apply (empty = always),
/// free-text <see cref="Notes"/>, and the 1-based <see cref="LineNumber"/> in the data file.
/// </summary>
public sealed record AbbreviationEntry(
    string Abbreviation, string Expansion, IReadOnlyList<ContextRule> Rules, string Notes, int LineNumber)
{
    /// <summary>True when the entry carries the <c>case</c> rule: only the exact spelling matches ("PE", not "pe").</summary>
    public bool CaseSensitive => Rules.Any(r => r.Kind == ContextRuleKind.Case);
}
