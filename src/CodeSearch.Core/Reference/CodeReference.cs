namespace CodeSearch.Core.Reference;

/// <summary>
/// A code or code range named inside a note's text, undotted: "(E08.-)" is prefix E08, "(Z79.4)" is exactly Z794,
/// "(E08-E13)" is the range E08..E13 (any code whose category falls in it).
/// </summary>
/// <param name="From">First code (or the prefix).</param>
/// <param name="To">Last code of a range; equal to <paramref name="From"/> otherwise.</param>
/// <param name="IsPrefix">True when the reference means "this code and everything under it" (written with ".-" or "-", or a category).</param>
public sealed record CodeReference(string From, string To, bool IsPrefix)
{
    /// <summary>True when an undotted code falls under the reference.</summary>
    public bool Covers(string code)
    {
        if (From == To) return IsPrefix ? code.StartsWith(From, StringComparison.Ordinal) : code == From;
        var category = code.Length >= From.Length ? code[..From.Length] : code;
        return string.CompareOrdinal(category, From) >= 0 && string.CompareOrdinal(category, To) <= 0;
    }
}
