using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Indexing.Build;

/// <summary>
/// catalog.bin: every code of a generation in a compact binary form, read when the generation opens (far faster than
/// loading 190,000 Lucene stored documents). Each Lucene document carries its position in this file as the
/// <see cref="LuceneSchema.Ordinal"/> doc value.
/// </summary>
/// <remarks>
/// The file holds what the open needs ready-made, written by the build (docs/operations.md "Start-up time"): one table
/// of the distinct strings (codes, parent codes, release ids, action codes) that the codes refer to by number, each
/// field as one column of fixed-width values, and the descriptions as their <see cref="CatalogText"/> (token table and
/// token numbers). The open reads each column with one read into its array and makes one string per distinct value:
/// no word of a description is looked up and no code is hashed. Little-endian throughout.
/// </remarks>
public static class CatalogFile
{
    public const string FileName = "catalog.bin";
    private const int Magic = 0x43534332; // "CSC2"

    public static void Write(string directory, IReadOnlyList<MedicalCode> codes)
    {
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        int Number(string value)
        {
            if (strings.TryGetValue(value, out var number)) return number;
            strings.Add(value, table.Count);
            table.Add(value);
            return table.Count - 1;
        }
        var columns = new CatalogColumns(codes.Count);
        var text = new CatalogTextBuilder(codes.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            var c = codes[i];
            columns.Set(i, c, Number(c.Code), c.ParentCode is { Length: > 0 } parent ? Number(parent) : -1, Number(c.ReleaseId), Number(c.ActionCode));
            text.Add(c.Description, c.ShortDescription);
        }
        using var stream = File.Create(Path.Combine(directory, FileName));
        using var writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(codes.Count);
        WriteStrings(writer, table);
        columns.Write(writer);
        text.Build().Write(writer);
    }

    /// <summary>Reads the catalog; throws <see cref="InvalidDataException"/> when it is missing, truncated or of another format.</summary>
    public static MedicalCode[] Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing.");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
            var header = ReadInts(stream, 2);
            if (header[0] != Magic) throw new InvalidDataException($"{path} is not a CodeSearch catalog of this version.");
            var count = header[1];
            // Every code takes at least 36 bytes of columns: a count the file cannot hold is corruption, not an allocation.
            if (count < 0 || count > stream.Length / 36) throw new InvalidDataException($"{path} has an impossible code count {count}.");
            var strings = ReadStrings(stream);
            var columns = CatalogColumns.Read(stream, count, strings.Length);
            var text = CatalogText.Read(stream);
            if (text.Count != count) throw new InvalidDataException($"{path} holds descriptions for {text.Count} codes, not {count}.");
            var codes = new MedicalCode[count];
            for (var i = 0; i < codes.Length; i++) codes[i] = columns.ToCode(i, text, strings);
            return codes;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"{path} is truncated.", ex);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new InvalidDataException($"{path} holds an impossible date.", ex);
        }
    }

    private static void WriteStrings(BinaryWriter writer, List<string> table)
    {
        var starts = new int[table.Count + 1];
        var bytes = new List<byte>();
        for (var i = 0; i < table.Count; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(table[i]));
            starts[i + 1] = bytes.Count;
        }
        writer.Write(table.Count);
        writer.Write(bytes.Count);
        writer.Write(CollectionsMarshal.AsSpan(bytes));
        WriteInts(writer, starts);
    }

    private static string[] ReadStrings(Stream stream)
    {
        var lengths = ReadInts(stream, 2);
        var (count, byteCount) = (lengths[0], lengths[1]);
        if (count < 0 || byteCount < 0 || byteCount + 4L * (count + 1) > stream.Length - stream.Position) throw new EndOfStreamException();
        var bytes = new byte[byteCount];
        stream.ReadExactly(bytes);
        var starts = ReadInts(stream, count + 1);
        var strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            if (starts[i] < 0 || starts[i + 1] < starts[i] || starts[i + 1] > byteCount) throw new InvalidDataException("The catalog's string table is damaged.");
            strings[i] = Encoding.UTF8.GetString(bytes, starts[i], starts[i + 1] - starts[i]);
        }
        return strings;
    }

    internal static void WriteInts(BinaryWriter writer, int[] values)
    {
        if (BitConverter.IsLittleEndian) writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        else foreach (var v in values) writer.Write(v);
    }

    internal static int[] ReadInts(Stream stream, int count)
    {
        if (4L * count > stream.Length - stream.Position) throw new EndOfStreamException();
        var values = new int[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(values, values);
        return values;
    }
}
