using CodeSearch.Core.Reference;

namespace CodeSearch.Importer.AlphabeticIndex;

/// <summary>An index entry with its subterms and the two forms of its title a reference may use.</summary>
internal sealed class AlphabeticIndexTreeNode
{
    private AlphabeticIndexTreeNode(AlphabeticIndexEntry entry)
    {
        Entry = entry;
        Whole = ReferenceText.Normalise(entry.Path[^1]);
        var comma = Whole.IndexOf(',');
        First = comma >= 0 ? ReferenceText.Normalise(Whole[..comma].TrimEnd()) : Whole;
    }

    public AlphabeticIndexEntry Entry { get; }

    public List<AlphabeticIndexTreeNode> Children { get; } = [];

    /// <summary>The whole title, parenthesised text removed ("Infarct, infarction").</summary>
    public string Whole { get; }

    /// <summary>The title up to its first comma ("Infarct").</summary>
    public string First { get; }

    /// <summary>Rebuilds the term tree from entries in document order (a term follows its parent; Level gives the depth).</summary>
    public static List<AlphabeticIndexTreeNode> Build(IReadOnlyList<AlphabeticIndexEntry> entries)
    {
        var roots = new List<AlphabeticIndexTreeNode>();
        var open = new List<AlphabeticIndexTreeNode>();
        foreach (var entry in entries)
        {
            var node = new AlphabeticIndexTreeNode(entry);
            var depth = Math.Min(entry.Level, open.Count);
            open.RemoveRange(depth, open.Count - depth);
            (depth == 0 ? roots : open[^1].Children).Add(node);
            open.Add(node);
        }
        return roots;
    }
}
