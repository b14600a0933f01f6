using System.Globalization;
using CodeSearch.Core;
using CodeSearch.Core.Errors;

namespace CodeSearch.Importer.Manifest;

/// <summary>Validates one "releases" entry and its expected counts.</summary>
internal static class ManifestReleaseValidator
{
    public static ManifestRelease Validate(ReleaseJson? json, string at, string sourceName)
    {
        if (json is null) throw Fail("is null");
        if (!CodeSystemNames.TryParseKey(json.System, out var system)) throw Fail($"system '{json.System}' is not a known code system key");
        if (string.IsNullOrWhiteSpace(json.ReleaseId)) throw Fail("releaseId is missing");
        at = $"{at} ({system.Key()} {json.ReleaseId})";
        var effective = ParseDate(json.EffectiveDate, "effectiveDate") ?? throw Fail("effectiveDate is missing");
        var end = ParseDate(json.EndDate, "endDate");
        if (end < effective) throw Fail($"endDate {end:yyyy-MM-dd} is before effectiveDate {effective:yyyy-MM-dd}");
        if (!SourceFormats.TryParseKey(json.Format, out var format))
        {
            throw Fail($"format '{json.Format}' is not one of {string.Join(", ", Enum.GetValues<SourceFormat>().Select(f => f.Key()))}");
        }
        var file = ManifestFileValidator.Validate(json.File, format, at, sourceName);
        return new ManifestRelease(system, json.ReleaseId.Trim(), effective, end, format, file, Counts(json.Expected));

        DateOnly? ParseDate(string? text, string field)
        {
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            throw Fail($"{field} '{text}' is not a yyyy-MM-dd date");
        }

        ExpectedCounts? Counts(CountsJson? counts)
        {
            if (counts is null) return null;
            int?[] all = [counts.Entries, counts.Billable, counts.Codes, counts.Modifiers, counts.NotTerminated];
            if (all.Any(c => c < 0)) throw Fail("expected counts cannot be negative");
            return new ExpectedCounts(counts.Entries, counts.Billable, counts.Codes, counts.Modifiers, counts.NotTerminated);
        }

        SourceDataException Fail(string problem) => ManifestValidator.Fail(sourceName, $"{at}: {problem}");
    }
}
