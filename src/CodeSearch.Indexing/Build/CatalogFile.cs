using System.Text;
using CodeSearch.Core;

namespace CodeSearch.Indexing.Build;

/// <summary>
/// catalog.bin: every code of a generation in a compact binary form, read in one pass when the generation opens
/// (far faster than loading 190,000 Lucene stored documents). Each Lucene document carries its position in this file
/// as the <see cref="LuceneSchema.Ordinal"/> doc value.
/// </summary>
public static class CatalogFile
{
    public const string FileName = "catalog.bin";
    private const int Magic = 0x43534331; // "CSC1"

    public static void Write(string directory, IReadOnlyList<MedicalCode> codes)
    {
        using var stream = File.Create(Path.Combine(directory, FileName));
        using var writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(codes.Count);
        foreach (var c in codes)
        {
            writer.Write((byte)c.System);
            writer.Write((byte)c.Kind);
            writer.Write(c.Billable);
            writer.Write((byte)c.Change);
            writer.Write(c.Order);
            writer.Write(c.Code);
            writer.Write(c.Description);
            writer.Write(c.ShortDescription);
            writer.Write(c.ParentCode ?? "");
            writer.Write(c.ReleaseId);
            writer.Write(c.ActionCode);
            writer.Write(CodeDocuments.ToInt(c.AddDate, 0));
            writer.Write(CodeDocuments.ToInt(c.ActionEffectiveDate, 0));
            writer.Write(CodeDocuments.ToInt(c.TerminationDate, 0));
        }
    }

    /// <summary>Reads the catalog; throws <see cref="InvalidDataException"/> when it is missing, truncated or of another format.</summary>
    public static MedicalCode[] Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing.");
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
            if (reader.ReadInt32() != Magic) throw new InvalidDataException($"{path} is not a CodeSearch catalog.");
            var count = reader.ReadInt32();
            // Every record takes at least 22 bytes: a count the file cannot hold is corruption, not an allocation.
            if (count < 0 || count > reader.BaseStream.Length / 22) throw new InvalidDataException($"{path} has an impossible code count {count}.");
            var codes = new MedicalCode[count];
            // Codes, parent codes and release ids repeat (every child names its parent): keep one instance of each.
            var shared = new HashSet<string>(count, StringComparer.Ordinal);
            for (var i = 0; i < codes.Length; i++) codes[i] = ReadOne(reader, shared);
            return codes;
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"{path} is truncated.", ex);
        }
    }

    private static MedicalCode ReadOne(BinaryReader reader, HashSet<string> shared)
    {
        var system = (CodeSystemId)reader.ReadByte();
        var kind = (CodeKind)reader.ReadByte();
        var billable = reader.ReadBoolean();
        var change = (ReleaseChange)reader.ReadByte();
        var order = reader.ReadInt32();
        var code = Shared(reader.ReadString(), shared);
        var description = reader.ReadString();
        var shortDescription = reader.ReadString();
        // A third of the short descriptions equal the long one.
        if (shortDescription == description) shortDescription = description;
        var parent = reader.ReadString();
        if (parent.Length > 0) parent = Shared(parent, shared);
        var release = Shared(reader.ReadString(), shared);
        var actionCode = reader.ReadString();
        return new MedicalCode
        {
            System = system, Kind = kind, Billable = billable, Change = change, Order = order, Code = code,
            Description = description, ShortDescription = shortDescription, ParentCode = parent.Length == 0 ? null : parent,
            ReleaseId = release, ActionCode = actionCode,
            AddDate = Date(reader.ReadInt32()), ActionEffectiveDate = Date(reader.ReadInt32()), TerminationDate = Date(reader.ReadInt32()),
        };
    }

    private static string Shared(string value, HashSet<string> shared)
    {
        if (shared.TryGetValue(value, out var existing)) return existing;
        shared.Add(value);
        return value;
    }

    private static DateOnly? Date(int value) => value == 0 ? null : new DateOnly(value / 10000, value / 100 % 100, value % 100);
}
