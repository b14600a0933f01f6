using System.Globalization;
using System.Xml.Linq;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.AlphabeticIndex;

/// <summary>
/// The column headings of a table index (&lt;indexHeading&gt;&lt;head col="N"&gt;), and the &lt;cell col="N"&gt;s of a row.
/// Column 1 names the row-label column, so cells start at column 2.
/// </summary>
internal sealed class AlphabeticIndexColumns
{
    private readonly Dictionary<int, string> _headings;

    private AlphabeticIndexColumns(Dictionary<int, string> headings) => _headings = headings;

    /// <summary>Reads the root's &lt;indexHeading&gt;; an index without one has no columns.</summary>
    public static AlphabeticIndexColumns Read(XElement root, string source)
    {
        var headings = new Dictionary<int, string>();
        foreach (var head in root.Elements("indexHeading").Elements("head"))
        {
            var column = Column(head, source);
            var name = XmlText.Value(head);
            if (name.Length == 0) throw XmlText.Error(source, head, $"<head col=\"{column}\"> is empty");
            if (!headings.TryAdd(column, name)) throw XmlText.Error(source, head, $"column {column} is named twice");
        }
        return new AlphabeticIndexColumns(headings);
    }

    /// <summary>The row's cells in document order, codes as printed ("--" and "-" kept).</summary>
    public IReadOnlyList<TableCell> Cells(XElement term, string source)
    {
        List<TableCell>? cells = null;
        foreach (var cell in term.Elements("cell"))
        {
            var column = Column(cell, source);
            if (column < 2 || !_headings.TryGetValue(column, out var heading))
            {
                throw XmlText.Error(source, cell, $"<cell col=\"{column}\"> has no column heading (<indexHeading> names {_headings.Count} columns; cells start at 2)");
            }
            (cells ??= []).Add(new TableCell(heading, XmlText.Value(cell)));
        }
        return cells ?? (IReadOnlyList<TableCell>)[];
    }

    private static int Column(XElement element, string source)
    {
        var value = XmlText.RequiredAttribute(element, "col", source);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var column) && column > 0
            ? column
            : throw XmlText.Error(source, element, $"col=\"{value}\" is not a column number");
    }
}
