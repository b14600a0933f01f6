using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Hcpcs;
using CodeSearch.Importer.Icd10;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Loading;

/// <summary>Reads an opened archive with the reader its manifest format names.</summary>
internal static class FormatImporters
{
    public static ReleaseContent Import(ISourceArchive archive, ManifestRelease release, LoadOptions options, CancellationToken ct) =>
        release.Format switch
        {
            SourceFormat.OrderFile => ImportOrderFile(archive, release, options, ct),
            SourceFormat.HcpcsFixedWidth => ImportHcpcs(archive, release, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(release), release.Format, "unknown source format"),
        };

    private static ReleaseContent ImportOrderFile(ISourceArchive archive, ManifestRelease release, LoadOptions options, CancellationToken ct)
    {
        var orderMember = release.File.Member(SourceFormats.OrderRole)!;
        var rows = ArchiveText.Read(archive, orderMember, (reader, name) => OrderFileReader.Read(reader, release.System, name, ct));
        List<string> members = [orderMember];

        OrderAddenda? addenda = null;
        if (options.ReadAddenda && release.File.Member(SourceFormats.AddendaRole) is { } addendaMember)
        {
            addenda = ArchiveText.Read(archive, addendaMember, (reader, name) => OrderAddendaReader.Read(reader, release.System, name, ct));
            members.Add(addendaMember);
        }
        var (codes, deleted) = OrderReleaseBuilder.Build(release.System, release.ReleaseId, rows, addenda);
        return new ReleaseContent(codes, deleted, members);
    }

    private static ReleaseContent ImportHcpcs(ISourceArchive archive, ManifestRelease release, CancellationToken ct)
    {
        var member = release.File.Member(SourceFormats.RecordsRole)!;
        var codes = ArchiveText.Read(archive, member, (reader, name) => HcpcsRecordReader.Read(reader, release.ReleaseId, name, ct));
        return new ReleaseContent(codes, [], [member]);
    }
}
