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
    public required TabularLevel Level { get; init; }
    /// <summary>Chapter number ("4"), section id ("E08-E13") or undotted code ("E11").</summary>
    public required string Id { get; init; }
    public required string Description { get; init; }
    /// <summary>Id of the enclosing node (code -> parent code or section; section -> chapter); null for chapters.</summary>
    public string? ParentId { get; init; }
    public IReadOnlyList<TabularNote> Notes { get; init; } = [];
    /// <summary>7th-character definitions given at this node (sevenChrDef), e.g. A = initial encounter.</summary>
    public IReadOnlyList<SevenCharacter> SevenCharacters { get; init; } = [];
}

/// <summary>One 7th-character value and its meaning.</summary>
public sealed record SevenCharacter(char Character, string Description);
