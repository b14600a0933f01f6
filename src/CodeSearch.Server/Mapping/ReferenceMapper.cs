using CodeSearch.Core;
using CodeSearch.Core.Reference;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>Reference material (notes, 7th characters, index entries) to proto messages.</summary>
internal static class ReferenceMapper
{
    public static Proto.CodeNote ToProto(AppliedNote applied)
    {
        var message = new Proto.CodeNote
        {
            Kind = (Proto.NoteKind)(int)applied.Note.Kind,
            Text = applied.Note.Text,
            SourceLevel = applied.SourceLevel.ToString().ToLowerInvariant(),
            Source = applied.SourceLevel == TabularLevel.Code ? CodeFormat.ToDisplay(CodeSystemId.Icd10Cm, applied.SourceId) : applied.SourceId,
            SourceDescription = applied.SourceDescription,
            Inherited = applied.Inherited,
            FromRelease = applied.FromRelease,
        };
        message.ReferencedCodes.AddRange(applied.Note.References.Select(Display));
        return message;
    }

    public static Proto.SeventhCharacter ToProto(SevenCharacterOption option) => new()
    {
        Character = option.Character.ToString(),
        Description = option.Description,
        Code = option.Code is null ? "" : CodeFormat.ToDisplay(CodeSystemId.Icd10Cm, option.Code),
        Source = CodeFormat.ToDisplay(CodeSystemId.Icd10Cm, option.SourceId),
        FromRelease = option.FromRelease,
    };

    public static Proto.IndexEntry ToProto(AlphabeticIndexEntry entry, Func<string, bool>? validInRelease = null)
    {
        var message = new Proto.IndexEntry
        {
            Index = (Proto.IndexKind)(int)entry.Index,
            DisplayPath = string.Join(" › ", entry.Path),
            Code = entry.Code ?? "",
            ManifestationCode = entry.ManifestationCode ?? "",
            See = entry.See ?? "",
            SeeAlso = entry.SeeAlso ?? "",
            FromRelease = entry.ReleaseId,
        };
        message.Path.AddRange(entry.Path);
        message.Modifiers.AddRange(entry.Modifiers);
        foreach (var cell in entry.Cells)
        {
            var code = AlphabeticIndexCodes.Normalize(cell.Code);
            message.Cells.Add(new Proto.TableCell
            {
                Column = cell.Column,
                Code = code is null ? "" : cell.Code.Trim(),
                NeedsMoreCharacters = AlphabeticIndexCodes.NeedsMoreCharacters(cell.Code),
                ValidInRelease = code is not null && validInRelease?.Invoke(code) == true,
            });
        }
        return message;
    }

    // E08 prefix -> "E08.-", O244 prefix -> "O24.4-", E119 -> "E11.9", a range -> "E08-E13".
    private static string Display(CodeReference reference)
    {
        var from = CodeFormat.ToDisplay(CodeSystemId.Icd10Cm, reference.From);
        if (reference.From != reference.To) return $"{from}-{CodeFormat.ToDisplay(CodeSystemId.Icd10Cm, reference.To)}";
        if (!reference.IsPrefix) return from;
        return reference.From.Length == 3 ? from + ".-" : from + "-";
    }
}
