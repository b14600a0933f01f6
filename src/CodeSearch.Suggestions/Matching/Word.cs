namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// A word of the note as the matcher sees it: offsets into the client's text, and its stem id in the dictionary's
/// vocabulary (-1 when the dictionary has never seen the stem, so it cannot match anything).
/// </summary>
/// <param name="Start">Offset of the first character, inclusive.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Stem">Vocabulary id of the stem, or -1.</param>
/// <param name="FromAbbreviation">True for the words of an abbreviation's expansion, which all sit on the abbreviation's span.</param>
public readonly record struct Word(int Start, int End, int Stem, bool FromAbbreviation);
