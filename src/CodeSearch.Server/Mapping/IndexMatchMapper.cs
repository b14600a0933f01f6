using CodeSearch.Core;
using CodeSearch.Core.Reference;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>An index hit to an IndexMatch, with the codes it leads to checked against the release.</summary>
internal static class IndexMatchMapper
{
    public static Proto.IndexMatch ToProto(EntryHit hit, ReferenceLookup reference, Func<string, MedicalCode?> find)
    {
        var match = new Proto.IndexMatch
        {
            Entry = ReferenceMapper.ToProto(hit.Entry, c => find(c) is not null),
            Score = hit.Score,
        };
        if (hit.Followed is { } followed) match.Followed = ReferenceMapper.ToProto(followed, c => find(c) is not null);
        foreach (var (printed, column) in Codes(hit)) match.Codes.Add(Resolve(printed, column, reference, find));
        return match;
    }

    // The entry's own codes; for tables the named columns (all filled cells when none was named); else the "see" target's.
    private static IEnumerable<(string Printed, string Column)> Codes(EntryHit hit)
    {
        var entry = hit.Entry;
        if (entry.Code is { } code) yield return (code, "");
        if (entry.ManifestationCode is { } manifestation) yield return (manifestation, "manifestation");
        foreach (var cell in entry.Cells.Where(c => AlphabeticIndexCodes.Normalize(c.Code) is not null && (hit.Columns.Count == 0 || hit.Columns.Contains(c.Column))))
        {
            yield return (cell.Code.Trim(), cell.Column);
        }
        if (entry.Code is null && entry.Cells.Count == 0 && hit.Followed?.Code is { } followed) yield return (followed, "see");
    }

    private static Proto.MatchedCode Resolve(string printed, string column, ReferenceLookup reference, Func<string, MedicalCode?> find)
    {
        var normal = AlphabeticIndexCodes.Normalize(printed)!;
        var code = find(normal);
        var message = new Proto.MatchedCode
        {
            Code = printed,
            Column = column,
            ValidInRelease = code is not null,
            Description = code?.Description ?? "",
            NeedsMoreCharacters = AlphabeticIndexCodes.NeedsMoreCharacters(printed) || code is { Billable: false },
        };
        if (code is not null) message.SeventhCharacters.AddRange(reference.SevenCharactersFor(code, find).Select(ReferenceMapper.ToProto));
        return message;
    }
}
