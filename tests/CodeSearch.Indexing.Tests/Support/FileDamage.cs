namespace CodeSearch.Indexing.Tests.Support;

/// <summary>Damages index files the way a crash or a bad disk would, for corruption tests.</summary>
internal static class FileDamage
{
    public static void FlipMiddleByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
    }

    public static void Truncate(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(length);
    }
}
