using System.IO.Compression;
using CodeSearch.Core.Errors;

namespace CodeSearch.Importer.Archives;

/// <summary>An official zip read in place with System.IO.Compression; nothing is unpacked to disk.</summary>
internal sealed class ZipSourceArchive : ISourceArchive
{
    private readonly ZipArchive _zip;
    private readonly Lazy<string> _sha256;

    private ZipSourceArchive(string path, ZipArchive zip)
    {
        Location = path;
        _zip = zip;
        SizeBytes = new FileInfo(path).Length;
        MemberNames = zip.Entries.Where(e => e.Name.Length > 0).Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        _sha256 = new Lazy<string>(() => Sha256Hex.OfFile(path));
    }

    public string Location { get; }
    public string DisplayName => Path.GetFileName(Location);
    public bool IsOfficialFile => true;
    public long SizeBytes { get; }
    public IReadOnlyList<string> MemberNames { get; }
    public string Sha256 => _sha256.Value;

    /// <summary>Opens the zip's central directory; a truncated or non-zip file fails here.</summary>
    public static ZipSourceArchive Open(string path)
    {
        try
        {
            return new ZipSourceArchive(path, ZipFile.OpenRead(path));
        }
        catch (InvalidDataException ex)
        {
            throw new SourceDataException($"'{path}' is not a readable zip (truncated or corrupt): {ex.Message}", ex);
        }
    }

    public Stream OpenMember(string memberName)
    {
        // Official zips keep members at the root; a member inside a folder is accepted when its name is unique.
        var entry = _zip.GetEntry(memberName)
                    ?? _zip.Entries.SingleOrDefault(e => e.Name == memberName)
                    ?? throw new SourceDataException($"'{DisplayName}' has no member '{memberName}' (members: {string.Join(", ", MemberNames)}).");
        try
        {
            return entry.Open();
        }
        catch (InvalidDataException ex)
        {
            throw new SourceDataException($"'{DisplayName}' member '{memberName}' cannot be read (corrupt zip): {ex.Message}", ex);
        }
    }

    public void Dispose() => _zip.Dispose();
}
