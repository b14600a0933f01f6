namespace CodeSearch.Importer.Archives;

/// <summary>
/// An official file opened for reading its members: the zip itself, or a folder holding the unpacked members.
/// </summary>
public interface ISourceArchive : IDisposable
{
    /// <summary>Full path of the zip or folder that was opened.</summary>
    string Location { get; }

    /// <summary>Name shown in messages and recorded as the source: the zip's file name or the folder's name.</summary>
    string DisplayName { get; }

    /// <summary>True when this is the official zip; false for an unpacked folder.</summary>
    bool IsOfficialFile { get; }

    /// <summary>Size in bytes: the zip's size, or the total of the folder's files.</summary>
    long SizeBytes { get; }

    /// <summary>Names of the members present, in ordinal order.</summary>
    IReadOnlyList<string> MemberNames { get; }

    /// <summary>
    /// Lower-case hex sha256: of the zip file (streamed), or for a folder of its files' contents concatenated
    /// in ordinal name order. Computed once.
    /// </summary>
    string Sha256 { get; }

    /// <summary>Opens a member for reading.</summary>
    /// <exception cref="Core.Errors.SourceDataException">The member is absent or cannot be read.</exception>
    Stream OpenMember(string memberName);
}
