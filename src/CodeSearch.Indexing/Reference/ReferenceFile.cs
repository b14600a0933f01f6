using System.Security.Cryptography;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Reference;

/// <summary>
/// reference.bin in a generation: the reference material, read once when the generation opens. A compact binary
/// form (every distinct string once, records refer to it by number) instead of gzipped JSON: reading it takes a
/// fraction of the time and allocation, and needs no serializer code to be compiled at start-up. A SHA-256 of the
/// body guards against truncation and flipped bytes, as gzip's CRC did.
/// </summary>
public static class ReferenceFile
{
    public const string FileName = "reference.bin";

    private const int Magic = 0x31525343; // "CSR1"
    private const int HeaderLength = 4 + 8 + 32;

    public static void Write(string directory, ReferenceData data)
    {
        var body = ReferenceBinary.Encode(data);
        using var stream = File.Create(Path.Combine(directory, FileName));
        Span<byte> header = stackalloc byte[HeaderLength];
        BitConverter.TryWriteBytes(header, Magic);
        BitConverter.TryWriteBytes(header[4..], body.LongLength);
        SHA256.HashData(body, header[12..]);
        stream.Write(header);
        stream.Write(body);
    }

    /// <summary>The material, or null when the generation has none. Throws <see cref="InvalidDataException"/> when it is unreadable.</summary>
    public static ReferenceData? Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < HeaderLength || BitConverter.ToInt32(bytes, 0) != Magic) throw new InvalidDataException($"{path} is not CodeSearch reference data.");
        if (BitConverter.ToInt64(bytes, 4) != bytes.Length - HeaderLength) throw new InvalidDataException($"{path} is truncated or has trailing bytes.");
        var body = bytes.AsMemory(HeaderLength);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body.Span, hash);
        if (!hash.SequenceEqual(bytes.AsSpan(12, 32))) throw new InvalidDataException($"{path} fails its checksum.");
        try
        {
            return ReferenceBinary.Decode(body);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IndexOutOfRangeException or FormatException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"{path} is not valid reference data: {ex.Message}", ex);
        }
    }
}
