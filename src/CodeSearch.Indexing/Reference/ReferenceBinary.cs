using System.Runtime.InteropServices;
using System.Text;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Reference;

/// <summary>
/// The body of <see cref="ReferenceFile"/>: a table of distinct strings, then the tabular nodes, the index entries and
/// their see targets, each string written as its number in the table (0 for null). Counts and numbers are 7-bit
/// encoded. Index paths repeat their parents' titles, so the table holds far fewer strings than the records name,
/// and the records read back share them.
/// </summary>
internal static class ReferenceBinary
{
    public static byte[] Encode(ReferenceData data)
    {
        var strings = new StringTable();
        using var records = new MemoryStream();
        using (var w = new BinaryWriter(records, Encoding.UTF8, leaveOpen: true))
        {
            void S(string? s) => w.Write7BitEncodedInt(strings.Number(s));
            S(data.TargetReleaseId);
            w.Write(data.Tabular is not null);
            if (data.Tabular is { } tabular)
            {
                S(tabular.ReleaseId);
                w.Write7BitEncodedInt(tabular.Nodes.Count);
                foreach (var node in tabular.Nodes)
                {
                    w.Write((byte)node.Level);
                    S(node.Id);
                    S(node.Description);
                    S(node.ParentId);
                    w.Write7BitEncodedInt(node.Notes.Count);
                    foreach (var note in node.Notes)
                    {
                        w.Write((byte)note.Kind);
                        S(note.Text);
                        w.Write7BitEncodedInt(note.References.Count);
                        foreach (var r in note.References)
                        {
                            S(r.From);
                            S(r.To);
                            w.Write(r.IsPrefix);
                        }
                    }
                    w.Write7BitEncodedInt(node.SevenCharacters.Count);
                    foreach (var seven in node.SevenCharacters)
                    {
                        w.Write((ushort)seven.Character);
                        S(seven.Description);
                    }
                }
            }
            w.Write7BitEncodedInt(data.Entries.Count);
            foreach (var e in data.Entries)
            {
                w.Write((byte)e.Index);
                w.Write7BitEncodedInt(e.Level);
                S(e.ReleaseId);
                w.Write7BitEncodedInt(e.Path.Count);
                foreach (var p in e.Path) S(p);
                w.Write7BitEncodedInt(e.Modifiers.Count);
                foreach (var m in e.Modifiers) S(m);
                S(e.Code);
                S(e.ManifestationCode);
                w.Write7BitEncodedInt(e.Cells.Count);
                foreach (var c in e.Cells)
                {
                    S(c.Column);
                    S(c.Code);
                }
                S(e.See);
                S(e.SeeAlso);
            }
            w.Write7BitEncodedInt(data.SeeTargets.Count);
            foreach (var t in data.SeeTargets) w.Write7BitEncodedInt(t + 1); // -1 (no target) is 0
        }
        using var body = new MemoryStream((int)records.Length + strings.Count * 16);
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(strings.Count);
            foreach (var s in strings.InOrder) w.Write(s);
        }
        records.Position = 0;
        records.CopyTo(body);
        return body.ToArray();
    }

    /// <summary>
    /// Reads the body: the tabular nodes at once, the index entries as <see cref="EncodedEntries"/> (checked now, decoded
    /// when read). Strings are decoded when first needed (<see cref="ReferenceStrings"/>); the body's bytes are kept.
    /// </summary>
    public static ReferenceData Decode(ReadOnlyMemory<byte> body)
    {
        var (bytes, start) = MemoryMarshal.TryGetArray(body, out var segment) && segment.Offset + segment.Count == segment.Array!.Length
            ? (segment.Array, segment.Offset)
            : (body.ToArray(), 0);
        var r = new SpanReader(bytes, start);
        var offsets = new int[Count(ref r) + 1];
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] = r.Position;
            r.SkipString();
        }
        var strings = new ReferenceStrings(bytes, offsets);
        string? N(ref SpanReader r) => strings.Get(r.Int());
        string S(ref SpanReader r) => N(ref r) ?? throw new FormatException("a required string is missing");

        var target = S(ref r);
        TabularList? tabular = null;
        if (r.Boolean())
        {
            var releaseId = S(ref r);
            var nodes = Items<TabularNode>(Count(ref r));
            for (var i = 0; i < nodes.Length; i++)
            {
                var level = (TabularLevel)r.Byte();
                var id = S(ref r);
                var description = strings.Number(r.Int(), required: true);
                var parent = N(ref r);
                var notes = Items<TabularNote>(Count(ref r));
                for (var n = 0; n < notes.Length; n++)
                {
                    var kind = (NoteKind)r.Byte();
                    var text = strings.Number(r.Int(), required: true);
                    var refs = Items<CodeReference>(Count(ref r));
                    for (var k = 0; k < refs.Length; k++) refs[k] = new CodeReference(S(ref r), S(ref r), r.Boolean());
                    notes[n] = new TabularNote(kind, (strings, text), refs);
                }
                var sevens = Items<SevenCharacter>(Count(ref r));
                for (var k = 0; k < sevens.Length; k++) sevens[k] = new SevenCharacter((char)r.UInt16(), S(ref r));
                nodes[i] = new TabularNode { Level = level, Id = id, StoredDescription = (strings, description), ParentId = parent, Notes = notes, SevenCharacters = sevens };
            }
            tabular = new TabularList(releaseId, nodes);
        }
        var entries = EncodedEntries.Scan(bytes, ref r, Count(ref r), strings);
        var see = Items<int>(Count(ref r));
        for (var i = 0; i < see.Length; i++) see[i] = r.Int() - 1;
        if (r.Position != r.Length) throw new FormatException("bytes follow the last record");
        return new ReferenceData { TargetReleaseId = target, Tabular = tabular, Entries = entries, SeeTargets = see };
    }

    // Empty lists (most entries have no cells, modifiers or references) share one empty array.
    private static T[] Items<T>(int count) => count == 0 ? [] : new T[count];

    // Every counted item takes at least one byte: a count the rest of the body cannot hold is corruption.
    private static int Count(ref SpanReader r)
    {
        var count = r.Int();
        if (count < 0 || count > r.Length - r.Position) throw new FormatException($"impossible count {count}");
        return count;
    }

    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public List<string> InOrder { get; } = [];

        public int Count => InOrder.Count;

        public int Number(string? s)
        {
            if (s is null) return 0;
            if (_numbers.TryGetValue(s, out var n)) return n;
            InOrder.Add(s);
            return _numbers[s] = InOrder.Count;
        }
    }
}
