using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>Domain codes to proto messages.</summary>
internal static class CodeMapper
{
    /// <summary>A code with hierarchy and reference material; <paramref name="inRelease"/> says whether an undotted code exists in the release.</summary>
    public static Proto.Code ToProto(CodeDetails details, Func<string, bool>? inRelease = null)
    {
        var message = ToProto(details.Code, details.Release.Release);
        message.Parents.AddRange(details.Ancestors.Select(ToRef));
        message.Children.AddRange(details.Children.Select(ToRef));
        message.Notes.AddRange(details.Notes.Where(n => n.Note.Kind != Core.Reference.NoteKind.InclusionTerm).Select(ReferenceMapper.ToProto));
        message.InclusionTerms.AddRange(details.Notes.Where(n => !n.Inherited && n.Note.Kind == Core.Reference.NoteKind.InclusionTerm).Select(n => n.Note.Text));
        message.SeventhCharacters.AddRange(details.SevenCharacters.Select(ReferenceMapper.ToProto));
        message.IndexEntries.AddRange(details.IndexEntries.Select(e => ReferenceMapper.ToProto(e, inRelease)));
        return message;
    }

    /// <summary>A code without hierarchy (search hits).</summary>
    public static Proto.Code ToProto(MedicalCode code, CodeRelease release) => new()
    {
        System = EnumMapper.ToProto(code.System),
        Code_ = code.DisplayCode,
        CodeUndotted = code.Code,
        Description = code.Description,
        ShortDescription = code.ShortDescription,
        Billable = code.Billable,
        Kind = EnumMapper.ToProto(code.Kind),
        Release = ReleaseMapper.ToProto(release),
        Validity = Validity(code, release),
    };

    public static Proto.CodeRef ToRef(MedicalCode code) => new()
    {
        Code = code.DisplayCode,
        Description = code.Description,
        Billable = code.Billable,
        Kind = EnumMapper.ToProto(code.Kind),
    };

    private static Proto.Validity Validity(MedicalCode code, CodeRelease release)
    {
        var start = code.AddDate is { } added && added > release.EffectiveDate ? added : release.EffectiveDate;
        DateOnly? end = code.TerminationDate is { } last && (release.EndDate is null || last < release.EndDate) ? last : release.EndDate;
        return new Proto.Validity
        {
            EffectiveDate = DateMapper.ToProto(start),
            EndDate = DateMapper.ToProto(end),
            TerminationDate = DateMapper.ToProto(code.TerminationDate),
            AddDate = DateMapper.ToProto(code.AddDate),
            ActionCode = code.ActionCode,
            ReleaseChange = code.Change == ReleaseChange.None ? "" : code.Change.ToString().ToUpperInvariant(),
        };
    }
}
