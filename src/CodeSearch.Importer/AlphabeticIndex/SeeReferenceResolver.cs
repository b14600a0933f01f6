using CodeSearch.Core.Reference;

namespace CodeSearch.Importer.AlphabeticIndex;

/// <summary>
/// Finds the entry a "see" or "see also" text points at within one index. The text's comma-separated parts name a main term,
/// then a subterm at each following level. A part matches a title (case-insensitively, parenthesised text ignored) when it equals
/// the whole title or the title's first comma-part ("Infarct" matches "Infarct, infarction"); several parts may together spell one
/// title that itself contains commas ("benign, intracranial"); a closing "NEC" is ignored on both sides. When nothing matches, a plural
/// main term is tried once in the singular ("Complications, vaccination" finds "Complication"). Generic texts ("condition",
/// "Neoplasm, malignant, by site") and texts naming another index or table find nothing.
/// </summary>
public sealed class SeeReferenceResolver
{
    private readonly Dictionary<string, List<AlphabeticIndexTreeNode>> _mainTerms = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the entries of one index, as <see cref="AlphabeticIndexXmlReader"/> returns them (document order).</summary>
    public SeeReferenceResolver(IReadOnlyList<AlphabeticIndexEntry> entries)
    {
        foreach (var root in AlphabeticIndexTreeNode.Build(entries))
        {
            AddMainTerm(root.Whole, root);
            if (root.First != root.Whole) AddMainTerm(root.First, root);
        }
    }

    /// <summary>The entry <paramref name="reference"/> names, or null when no path of titles matches all its parts.</summary>
    public AlphabeticIndexEntry? Resolve(string reference)
    {
        var parts = ReferenceText.Parts(reference);
        if (Find(parts) is { } found) return found.Entry;
        if (parts.Length == 0 || parts[0].Length < 4 || !parts[0].EndsWith('s')) return null;
        parts[0] = parts[0][..^1];
        return Find(parts)?.Entry;
    }

    private AlphabeticIndexTreeNode? Find(string[] parts)
    {
        for (var take = 1; take <= parts.Length; take++)
        {
            if (!_mainTerms.TryGetValue(string.Join(", ", parts[..take]), out var candidates)) continue;
            foreach (var main in candidates)
            {
                if (take > 1 && !Equal(main.Whole, parts, 0, take)) continue;
                if (Descend(main, parts, take) is { } found) return found;
            }
        }
        return null;
    }

    private void AddMainTerm(string key, AlphabeticIndexTreeNode node)
    {
        if (!_mainTerms.TryGetValue(key, out var list)) _mainTerms[key] = list = [];
        if (!list.Contains(node)) list.Add(node);
    }

    private static AlphabeticIndexTreeNode? Descend(AlphabeticIndexTreeNode node, string[] parts, int next)
    {
        if (next == parts.Length) return node;
        foreach (var child in node.Children)
        {
            for (var take = 1; next + take <= parts.Length; take++)
            {
                var matches = Equal(child.Whole, parts, next, take) || (take == 1 && string.Equals(child.First, parts[next], StringComparison.OrdinalIgnoreCase));
                if (matches && Descend(child, parts, next + take) is { } found) return found;
            }
        }
        return null;
    }

    private static bool Equal(string title, string[] parts, int start, int count) =>
        string.Equals(title, count == 1 ? parts[start] : string.Join(", ", parts, start, count), StringComparison.OrdinalIgnoreCase);
}
