using CodeSearch.Core.Errors;

namespace CodeSearch.Importer.Archives;

/// <summary>
/// The members of an official zip unpacked into a folder named like the zip without ".zip"
/// (how the committed fixtures are stored). There is no official checksum for a folder.
/// </summary>
internal sealed class FolderSourceArchive : ISourceArchive
{
    private readonly Lazy<string> _sha256;

    public FolderSourceArchive(string folder)
    {
        Location = folder;
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        MemberNames = files.Select(f => Path.GetFileName(f)).ToList();
        SizeBytes = files.Sum(f => new FileInfo(f).Length);
        _sha256 = new Lazy<string>(() => Sha256Hex.OfConcatenatedFiles(files));
    }

    public string Location { get; }
    public string DisplayName => Path.GetFileName(Location);
    public bool IsOfficialFile => false;
    public long SizeBytes { get; }
    public IReadOnlyList<string> MemberNames { get; }
    public string Sha256 => _sha256.Value;

    public Stream OpenMember(string memberName)
    {
        var path = Path.Combine(Location, memberName);
        if (!MemberNames.Contains(memberName, StringComparer.Ordinal))
        {
            throw new SourceDataException($"Folder '{Location}' has no member '{memberName}' (members: {string.Join(", ", MemberNames)}).");
        }
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    public void Dispose()
    {
    }
}
