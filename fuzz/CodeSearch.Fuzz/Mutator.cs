using System.Text;

namespace CodeSearch.Fuzz;

/// <summary>
/// Stacked random mutations of a corpus entry: bit flips, interesting bytes, inserts and deletes, repeated chunks
/// (long lines, deep nesting), splices with another entry, the target's tokens, line swaps and truncation.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<string> tokens, int maxLength)
{
    private static readonly byte[] Interesting =
        [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x27, 0x2D, 0x2E, 0x30, 0x31, 0x39, 0x3C, 0x3E, 0x26, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xFF];

    private readonly byte[][] _tokens = tokens.Select(Encoding.UTF8.GetBytes).ToArray();

    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> corpus)
    {
        var data = new List<byte>(input);
        var steps = 1 + random.Next(random.Next(2) == 0 ? 2 : 8);
        for (var s = 0; s < steps; s++) Apply(data, corpus);
        if (data.Count > maxLength) data.RemoveRange(maxLength, data.Count - maxLength);
        return data.ToArray();
    }

    private void Apply(List<byte> data, IReadOnlyList<byte[]> corpus)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count);
        switch (random.Next(11))
        {
            case 0 when data.Count > 0: data[at] ^= (byte)(1 << random.Next(8)); break;
            case 1 when data.Count > 0: data[at] = Interesting[random.Next(Interesting.Length)]; break;
            case 2 when data.Count > 0: data[at] = (byte)random.Next(256); break;
            case 3: data.InsertRange(at, RandomBytes(1 + random.Next(8))); break;
            case 4 when data.Count > 0: data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(32))); break;
            case 5 when data.Count > 0: Repeat(data, at); break;
            case 6 when corpus.Count > 0: Splice(data, corpus[random.Next(corpus.Count)], at); break;
            case 7 when _tokens.Length > 0: data.InsertRange(at, _tokens[random.Next(_tokens.Length)]); break;
            case 8 when _tokens.Length > 0: Replace(data, at, _tokens[random.Next(_tokens.Length)]); break;
            case 9: SwapLines(data); break;
            case 10 when data.Count > 0: data.RemoveRange(at, data.Count - at); break;
            default: data.Insert(at, Interesting[random.Next(Interesting.Length)]); break;
        }
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Repeats a chunk a few or many times: long fields, long lines, deep nesting.</summary>
    private void Repeat(List<byte> data, int at)
    {
        var length = Math.Min(data.Count - at, 1 + random.Next(64));
        var chunk = data.GetRange(at, length);
        var times = random.Next(4) == 0 ? random.Next(100, 2000) : random.Next(1, 8);
        for (var i = 0; i < times && data.Count + chunk.Count <= maxLength; i++) data.InsertRange(at, chunk);
    }

    private void Splice(List<byte> data, byte[] other, int at)
    {
        if (other.Length == 0) return;
        var from = random.Next(other.Length);
        var length = Math.Min(other.Length - from, 1 + random.Next(256));
        data.InsertRange(at, other.AsSpan(from, length).ToArray());
    }

    private static void Replace(List<byte> data, int at, byte[] token)
    {
        var length = Math.Min(token.Length, data.Count - at);
        data.RemoveRange(at, length);
        data.InsertRange(at, token);
    }

    private void SwapLines(List<byte> data)
    {
        var lines = Split(data);
        if (lines.Count < 2) return;
        var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        data.Clear();
        foreach (var line in lines) data.AddRange(line);
    }

    private static List<List<byte>> Split(List<byte> data)
    {
        var lines = new List<List<byte>>();
        var current = new List<byte>();
        foreach (var b in data)
        {
            current.Add(b);
            if (b == (byte)'\n') { lines.Add(current); current = []; }
        }
        if (current.Count > 0) lines.Add(current);
        return lines;
    }
}
