namespace CodeSearch.Importer.Loading;

/// <summary>What <see cref="ReleaseLoader"/> checks while loading. The defaults suit both the official mirror and the fixtures.</summary>
public sealed class LoadOptions
{
    /// <summary>
    /// Compare each official zip's size and sha256 with the manifest; a mismatch fails the load. Entries without
    /// a sha256 (fixture manifests) and unpacked folders are loaded but reported as unverified. Default: true.
    /// </summary>
    public bool VerifyChecksums { get; init; } = true;

    /// <summary>Compare the counts read with the manifest's "expected" counts; a mismatch fails the load. Default: true.</summary>
    public bool CheckExpectedCounts { get; init; } = true;

    /// <summary>Read order addenda (for change marks and deleted codes) when the manifest lists them. Default: true.</summary>
    public bool ReadAddenda { get; init; } = true;

    /// <summary>The defaults.</summary>
    public static LoadOptions Default { get; } = new();
}
