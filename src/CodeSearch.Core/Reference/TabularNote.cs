namespace CodeSearch.Core.Reference;

/// <summary>One instructional note line, with the codes its text names.</summary>
public sealed record TabularNote(NoteKind Kind, string Text, IReadOnlyList<CodeReference> References)
{
    private string? _text = Text;
    private IStoredText? _store;
    private int _number;

    /// <summary>
    /// A note whose text is left where it is stored and read from there when asked for, instead of as a string: a
    /// stored generation's 24,000 notes (docs/operations.md#memory).
    /// </summary>
    public TabularNote(NoteKind kind, (IStoredText Store, int Number) storedText, IReadOnlyList<CodeReference> references)
        : this(kind, null!, references) => (_store, _number) = storedText;

    /// <summary>The note as printed; a stored note's is decoded on each read, so a caller reading it twice should keep it.</summary>
    public string Text
    {
        get => _text ?? _store?.Read(_number) ?? "";
        init => (_text, _store) = (value, null);
    }

    /// <summary>Equal when kind, text (compared as text, however it is held) and references are.</summary>
    public bool Equals(TabularNote? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && Equals(References, other.References);

    public override int GetHashCode() => HashCode.Combine(Kind, Text);
}
