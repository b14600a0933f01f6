using System.Globalization;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Loading;

/// <summary>Reported once per release file read.</summary>
/// <param name="Release">The manifest entry.</param>
/// <param name="SourceName">The zip or folder read.</param>
/// <param name="Counts">What was read.</param>
/// <param name="Deleted">Codes the addenda list as deleted (absent from the new file).</param>
/// <param name="Elapsed">Time to read and check the file.</param>
public sealed record ImportProgress(ManifestRelease Release, string SourceName, ImportCounts Counts, int Deleted, TimeSpan Elapsed)
{
    /// <summary>e.g. "icd10cm FY2026: 98,186 entries (74,719 billable)".</summary>
    public string Message
    {
        get
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{Release.Label}: {Counts.Entries:N0} entries ({Counts.Billable:N0} billable");
            if (Counts.Modifiers > 0) text += string.Create(CultureInfo.InvariantCulture, $", {Counts.Modifiers:N0} modifiers");
            if (Deleted > 0) text += string.Create(CultureInfo.InvariantCulture, $", {Deleted:N0} deleted");
            return text + ")";
        }
    }
}
