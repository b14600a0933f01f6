namespace CodeSearch.Importer.Manifest;

/// <summary>
/// Counts measured on an official file and checked after import; a null count is not checked.
/// A truncated or substituted file shows up here even when no checksum is available.
/// </summary>
/// <param name="Entries">All entries read: codes, headers and modifiers.</param>
/// <param name="Billable">Entries that may be reported on a claim.</param>
/// <param name="Codes">Entries of kind Code (HCPCS procedure codes).</param>
/// <param name="Modifiers">Entries of kind Modifier.</param>
/// <param name="NotTerminated">Codes (not modifiers) without a termination date.</param>
public sealed record ExpectedCounts(int? Entries, int? Billable, int? Codes, int? Modifiers, int? NotTerminated);
