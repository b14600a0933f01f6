namespace CodeSearch.Importer.Tabular;

/// <summary>What a piece of a parenthesised note group is.</summary>
internal enum NoteTokenKind
{
    /// <summary>A code such as E08, E08.0 or O24.4 (value undotted).</summary>
    Code,
    /// <summary>"-" or ".-": a range dash or a "more characters" marker.</summary>
    Dash,
    /// <summary>",", ";", "and", "or".</summary>
    Separator,
    /// <summary>"to", as in "S00.- to S09.-".</summary>
    To,
    /// <summary>Any other word, e.g. the "with fifth character 5" qualifiers.</summary>
    Word,
}

/// <summary>One lexed piece of a note group; <paramref name="Value"/> is the undotted code for <see cref="NoteTokenKind.Code"/>.</summary>
internal readonly record struct NoteToken(NoteTokenKind Kind, string Value);
