using System.Security.Cryptography;

namespace CodeSearch.Importer.Archives;

/// <summary>sha256 as lower-case hex, always streamed so large files are never held in memory.</summary>
public static class Sha256Hex
{
    /// <summary>Hashes a file.</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Hashes the contents of several files as if they were one concatenated stream.</summary>
    public static string OfConcatenatedFiles(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Hashes text as UTF-8 (used to combine other hashes).</summary>
    public static string OfText(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
