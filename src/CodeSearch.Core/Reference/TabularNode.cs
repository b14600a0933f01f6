namespace CodeSearch.Core.Reference;

/// <summary>Where a tabular node sits.</summary>
public enum TabularLevel
{
    Chapter = 1,
    Section = 2,
    /// <summary>A <c>diag</c>: category, subcategory or code.</summary>
    Code = 3,
}

/// <summary>
/// A chapter, section or <c>diag</c> of the Tabular List with its own notes (not inherited ones).
/// Notes apply to everything under the node; <see cref="SevenCharacters"/> likewise.
/// </summary>
public sealed record TabularNode
{
    private string? _description;
    private IStoredText? _store;
    private int _number;

    public required TabularLevel Level { get; init; }
    /// <summary>Chapter number ("4"), section id ("E08-E13") or undotted code ("E11").</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The title as printed. A stored generation's is decoded from reference.bin's string table on each read
    /// (<see cref="StoredDescription"/>), so a caller reading it in a loop should keep the string.
    /// </summary>
    public string Description
    {
        get => _description ?? _store?.Read(_number) ?? "";
        init => (_description, _store) = (value, null);
    }

    /// <summary>
    /// The title left where it is stored and read from there when asked for, instead of as a string: the 45,000
    /// ICD-10-CM titles took about 5.6 MB of heap for the generation's lifetime (docs/operations.md#memory).
    /// </summary>
    public (IStoredText Store, int Number) StoredDescription
    {
        init => (_description, _store, _number) = (null, value.Store, value.Number);
    }
    /// <summary>Id of the enclosing node (code -> parent code or section; section -> chapter); null for chapters.</summary>
    public string? ParentId { get; init; }
    public IReadOnlyList<TabularNote> Notes { get; init; } = [];
    /// <summary>7th-character definitions given at this node (sevenChrDef), e.g. A = initial encounter.</summary>
    public IReadOnlyList<SevenCharacter> SevenCharacters { get; init; } = [];

    /// <summary>Equal when every property is (the title compared as text, however it is held).</summary>
    public bool Equals(TabularNode? other) =>
        other is not null && Level == other.Level && Id == other.Id && ParentId == other.ParentId
        && Description == other.Description && Equals(Notes, other.Notes) && Equals(SevenCharacters, other.SevenCharacters);

    public override int GetHashCode() => HashCode.Combine(Level, Id, ParentId, Description);
}

/// <summary>One 7th-character value and its meaning.</summary>
public sealed record SevenCharacter(char Character, string Description);
