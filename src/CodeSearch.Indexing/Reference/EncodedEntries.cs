using System.Collections;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Reference;

/// <summary>
/// The index entries of reference.bin kept in their encoded form (about 100,000 entries in a few MB instead of some
/// 25 MB of records, path arrays and cells) and decoded when read. The indexer keeps what it decoded, up to
/// <see cref="MaxKeptEntries"/> entries (then it forgets them all and starts again), so an entry read twice is
/// usually the same instance and hot entries are decoded about once per round; enumerating and <see cref="Peek"/> (the one-off
/// scans when a generation opens) decode without keeping the entry or the strings it names. Thread-safe.
/// </summary>
internal sealed class EncodedEntries : IReadOnlyList<AlphabeticIndexEntry>, IEncodedEntries
{
    private readonly byte[] _bytes;
    private readonly int[] _offsets;
    private readonly ReferenceStrings _strings;
    private readonly BoundedSlots<AlphabeticIndexEntry> _decoded;

    /// <summary>
    /// Decoded entries the indexer keeps at most. Without a bound every entry a search ever ranked stayed decoded
    /// for the generation's life: about 28,000 entries and 4.3 MB after one pass of the load harness's 4,991 cold
    /// queries, more under a long varied load (docs/benchmarks.md "Peak memory under load"). The same bound as the
    /// entry searcher's path words (<see cref="EntrySearcher.MaxKeptPathWords"/>), which are kept for the same entries.
    /// </summary>
    public const int MaxKeptEntries = 8_192;

    private EncodedEntries(byte[] bytes, int[] offsets, ReferenceStrings strings)
    {
        _bytes = bytes;
        _offsets = offsets;
        _strings = strings;
        _decoded = new BoundedSlots<AlphabeticIndexEntry>(offsets.Length, MaxKeptEntries);
    }

    public int Count => _offsets.Length;

    public AlphabeticIndexEntry this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_offsets.Length) throw new ArgumentOutOfRangeException(nameof(index));
            return _decoded.Get(index) ?? _decoded.KeepFirst(index, Decode(index, Reading.Keep));
        }
    }

    public AlphabeticIndexEntry Peek(int index)
    {
        if ((uint)index >= (uint)_offsets.Length) throw new ArgumentOutOfRangeException(nameof(index));
        return _decoded.Get(index) ?? Decode(index, Reading.Peek);
    }

    public IEnumerator<AlphabeticIndexEntry> GetEnumerator()
    {
        for (var i = 0; i < _offsets.Length; i++) yield return _decoded.Get(i) ?? Decode(i, Reading.Peek);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Walks <paramref name="count"/> encoded entries from <paramref name="reader"/>'s position, checking their
    /// structure and string numbers, and returns them undecoded; the reader ends after the last one.
    /// </summary>
    public static EncodedEntries Scan(byte[] bytes, ref SpanReader reader, int count, ReferenceStrings strings)
    {
        var offsets = new int[count];
        for (var i = 0; i < count; i++)
        {
            offsets[i] = reader.Position;
            Read(ref reader, strings, Reading.Check);
        }
        return new EncodedEntries(bytes, offsets, strings);
    }

    // Check: walk and validate only; Peek: decode for one call, strings not kept either; Keep: decode with the
    // table's kept strings, for an entry the list keeps.
    private enum Reading { Check, Peek, Keep }

    private AlphabeticIndexEntry Decode(int index, Reading reading)
    {
        var reader = new SpanReader(_bytes, _offsets[index]);
        return Read(ref reader, _strings, reading)!;
    }

    // One reader for every pass, so the scan checks exactly what decoding will read.
    private static AlphabeticIndexEntry? Read(ref SpanReader r, ReferenceStrings strings, Reading reading)
    {
        var decode = reading != Reading.Check;
        var index = (AlphabeticIndexKind)r.Byte();
        var level = r.Int();
        var releaseId = Required(ref r, strings, reading);
        var path = StringList(ref r, strings, reading);
        var modifiers = StringList(ref r, strings, reading);
        var code = Optional(ref r, strings, reading);
        var manifestation = Optional(ref r, strings, reading);
        var cellCount = CountOf(ref r);
        var cells = decode && cellCount > 0 ? new TableCell[cellCount] : [];
        for (var k = 0; k < cellCount; k++)
        {
            var column = Required(ref r, strings, reading);
            var value = Required(ref r, strings, reading);
            if (decode) cells[k] = new TableCell(column!, value!);
        }
        var see = Optional(ref r, strings, reading);
        var seeAlso = Optional(ref r, strings, reading);
        if (!decode) return null;
        return new AlphabeticIndexEntry
        {
            Index = index, Level = level, ReleaseId = releaseId!, Path = path, Modifiers = modifiers, Code = code,
            ManifestationCode = manifestation, Cells = cells, See = see, SeeAlso = seeAlso,
        };
    }

    private static string[] StringList(ref SpanReader r, ReferenceStrings strings, Reading reading)
    {
        var decode = reading != Reading.Check;
        var count = CountOf(ref r);
        var values = decode && count > 0 ? new string[count] : [];
        for (var i = 0; i < count; i++)
        {
            var value = Required(ref r, strings, reading);
            if (decode) values[i] = value!;
        }
        return values;
    }

    private static string? Required(ref SpanReader r, ReferenceStrings strings, Reading reading)
    {
        var number = r.Int();
        if (number == 0) throw new FormatException("a required string is missing");
        return Lookup(number, strings, reading);
    }

    private static string? Optional(ref SpanReader r, ReferenceStrings strings, Reading reading) => Lookup(r.Int(), strings, reading);

    private static string? Lookup(int number, ReferenceStrings strings, Reading reading)
    {
        if ((uint)number >= (uint)strings.Count) throw new FormatException($"string number {number} is not in the table");
        return reading switch
        {
            Reading.Keep => strings.Get(number),
            Reading.Peek => strings.Peek(number),
            _ => null,
        };
    }

    // Every counted item takes at least one byte: a count the rest of the body cannot hold is corruption.
    private static int CountOf(ref SpanReader r)
    {
        var count = r.Int();
        if (count < 0 || count > r.Length - r.Position) throw new FormatException($"impossible count {count}");
        return count;
    }
}
