using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>Releases and their statistics to proto messages.</summary>
internal static class ReleaseMapper
{
    public static Proto.Release ToProto(CodeRelease release) => new()
    {
        System = EnumMapper.ToProto(release.System),
        ReleaseId = release.ReleaseId,
        DisplayName = release.DisplayName,
        EffectiveDate = DateMapper.ToProto(release.EffectiveDate),
        EndDate = DateMapper.ToProto(release.EndDate),
    };

    public static Proto.ReferenceSource ToProto(Core.Reference.ReferenceSourceInfo source) => new()
    {
        Kind = source.Kind,
        ReleaseId = source.ReleaseId,
        AppliedTo = source.AppliedTo,
        File = ToProto(source.File),
        EntryCount = source.EntryCount,
    };

    private static Proto.SourceFile ToProto(SourceFileInfo source)
    {
        var file = new Proto.SourceFile { FileName = source.FileName, Sha256 = source.Sha256, SizeBytes = source.SizeBytes };
        file.Members.AddRange(source.Members);
        return file;
    }

    public static Proto.LoadedRelease ToProto(LoadedRelease loaded)
    {
        var message = new Proto.LoadedRelease
        {
            Release = ToProto(loaded.Release),
            CodeCount = loaded.CodeCount,
            BillableCount = loaded.BillableCount,
            HeaderCount = loaded.HeaderCount,
            ModifierCount = loaded.ModifierCount,
            TerminatedCount = loaded.TerminatedCount,
        };
        message.SourceFiles.AddRange(loaded.Sources.Select(ToProto));
        return message;
    }
}
