namespace CodeSearch.Importer.Manifest;

// Shapes of sources.json as written; everything nullable so the validator, not the serializer, names what is missing.
internal sealed class ManifestJson
{
    public int? SchemaVersion { get; set; }
    public List<ReleaseJson?>? Releases { get; set; }
}

internal sealed class ReleaseJson
{
    public string? System { get; set; }
    public string? ReleaseId { get; set; }
    public string? EffectiveDate { get; set; }
    public string? EndDate { get; set; }
    public string? Format { get; set; }
    public FileJson? File { get; set; }
    public CountsJson? Expected { get; set; }
}

internal sealed class FileJson
{
    public string? Path { get; set; }
    public string? Url { get; set; }
    public string? Sha256 { get; set; }
    public long? SizeBytes { get; set; }
    public Dictionary<string, string?>? Members { get; set; }
}

internal sealed class CountsJson
{
    public int? Entries { get; set; }
    public int? Billable { get; set; }
    public int? Codes { get; set; }
    public int? Modifiers { get; set; }
    public int? NotTerminated { get; set; }
}
