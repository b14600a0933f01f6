namespace CodeSearch.Core;

/// <summary>What an entry of a code system is.</summary>
public enum CodeKind
{
    /// <summary>A reportable code.</summary>
    Code = 1,
    /// <summary>A category or subcategory that needs more characters (order-file valid flag 0).</summary>
    Header = 2,
    /// <summary>A HCPCS or CPT modifier.</summary>
    Modifier = 3,
}

/// <summary>What the release's addenda say about a code.</summary>
public enum ReleaseChange
{
    /// <summary>Unchanged from the previous release (or no addenda were loaded).</summary>
    None = 0,
    /// <summary>New in this release.</summary>
    Added = 1,
    /// <summary>Title revised in this release.</summary>
    Revised = 2,
}
