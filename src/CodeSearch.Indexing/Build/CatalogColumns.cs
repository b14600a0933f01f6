using CodeSearch.Core;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Indexing.Build;

/// <summary>
/// The fields of catalog.bin's codes other than their descriptions, one array per field (strings as numbers into the
/// file's string table, a parent of -1 for none, dates as yyyymmdd or 0), written and read one array at a time.
/// </summary>
internal sealed class CatalogColumns
{
    // system, kind, billable and change of code i at bytes 4i..4i+3.
    private readonly byte[] _flags;
    private readonly int[] _order, _code, _parent, _release, _action, _added, _effective, _terminated;

    public CatalogColumns(int count)
        : this(new byte[count * 4], new int[count], new int[count], new int[count], new int[count], new int[count],
            new int[count], new int[count], new int[count])
    {
    }

    private CatalogColumns(byte[] flags, int[] order, int[] code, int[] parent, int[] release, int[] action, int[] added,
        int[] effective, int[] terminated)
    {
        (_flags, _order, _code, _parent, _release, _action) = (flags, order, code, parent, release, action);
        (_added, _effective, _terminated) = (added, effective, terminated);
    }

    public void Set(int i, MedicalCode c, int code, int parent, int release, int action)
    {
        (_flags[i * 4], _flags[i * 4 + 1], _flags[i * 4 + 2], _flags[i * 4 + 3]) = ((byte)c.System, (byte)c.Kind, c.Billable ? (byte)1 : (byte)0, (byte)c.Change);
        (_order[i], _code[i], _parent[i], _release[i], _action[i]) = (c.Order, code, parent, release, action);
        _added[i] = CodeDocuments.ToInt(c.AddDate, 0);
        _effective[i] = CodeDocuments.ToInt(c.ActionEffectiveDate, 0);
        _terminated[i] = CodeDocuments.ToInt(c.TerminationDate, 0);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_flags);
        foreach (var column in Ints()) CatalogFile.WriteInts(writer, column);
    }

    /// <summary>Reads <paramref name="count"/> codes' columns; a string number outside the table is damage.</summary>
    public static CatalogColumns Read(Stream stream, int count, int strings)
    {
        if (4L * count > stream.Length - stream.Position) throw new EndOfStreamException();
        var flags = new byte[count * 4];
        stream.ReadExactly(flags);
        var columns = new CatalogColumns(flags, CatalogFile.ReadInts(stream, count), CatalogFile.ReadInts(stream, count),
            CatalogFile.ReadInts(stream, count), CatalogFile.ReadInts(stream, count), CatalogFile.ReadInts(stream, count),
            CatalogFile.ReadInts(stream, count), CatalogFile.ReadInts(stream, count), CatalogFile.ReadInts(stream, count));
        for (var i = 0; i < count; i++)
        {
            if ((uint)columns._code[i] >= (uint)strings || (uint)columns._release[i] >= (uint)strings
                || (uint)columns._action[i] >= (uint)strings || (columns._parent[i] != -1 && (uint)columns._parent[i] >= (uint)strings))
            {
                throw new InvalidDataException("The catalog's codes name strings it does not hold.");
            }
        }
        return columns;
    }

    public MedicalCode ToCode(int i, CatalogText text, string[] strings) => new(text, i)
    {
        System = (CodeSystemId)_flags[i * 4], Kind = (CodeKind)_flags[i * 4 + 1], Billable = _flags[i * 4 + 2] != 0,
        Change = (ReleaseChange)_flags[i * 4 + 3], Order = _order[i], Code = strings[_code[i]],
        ParentCode = _parent[i] < 0 ? null : strings[_parent[i]], ReleaseId = strings[_release[i]], ActionCode = strings[_action[i]],
        AddDate = Date(_added[i]), ActionEffectiveDate = Date(_effective[i]), TerminationDate = Date(_terminated[i]),
    };

    private IEnumerable<int[]> Ints() => [_order, _code, _parent, _release, _action, _added, _effective, _terminated];

    private static DateOnly? Date(int value) => value == 0 ? null : new DateOnly(value / 10000, value / 100 % 100, value % 100);
}
