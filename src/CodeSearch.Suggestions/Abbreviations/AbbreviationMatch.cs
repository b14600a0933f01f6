namespace CodeSearch.Suggestions.Abbreviations;

/// <summary>
/// An abbreviation found in the text: the source span (<see cref="Start"/> inclusive, <see cref="End"/> exclusive),
/// the <see cref="Text"/> as written, its <see cref="Expansion"/>, and the <see cref="Entry"/> that decided it.
/// </summary>
public sealed record AbbreviationMatch(int Start, int End, string Text, string Expansion, AbbreviationEntry Entry);
