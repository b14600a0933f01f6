using System.Security.Cryptography;
using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphabeticIndex;
using CodeSearch.Importer.Tabular;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Importer.Reference;

/// <summary>
/// Loads the reference files a manifest lists (Tabular List, Alphabetic Index, Neoplasm and Drug tables, External
/// Cause index) from a source directory, verifies them, and resolves each index entry's "see" reference within its
/// index. Files that are absent are skipped (reference material is optional); bad files throw <see cref="SourceDataException"/>.
/// </summary>
public sealed partial class ReferenceLoader(ILogger<ReferenceLoader>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ReferenceLoader>.Instance;

    /// <summary>The material for <paramref name="targetReleaseId"/>, or null when no reference file is present.</summary>
    public ImportedReference? Load(IReadOnlyList<ReferenceSource> sources, string sourceDirectory, string targetReleaseId,
        bool verifyChecksums, CancellationToken ct = default)
    {
        TabularList? tabular = null;
        var entries = new List<AlphabeticIndexEntry>();
        var infos = new List<ReferenceSourceInfo>();
        foreach (var source in sources)
        {
            ct.ThrowIfCancellationRequested();
            var path = Locate(sourceDirectory, source.Path);
            if (path is null)
            {
                LogMissing(_logger, source.Kind, source.ReleaseId, System.IO.Path.Combine(sourceDirectory, source.Path));
                continue;
            }
            var sha = Sha256OfXml(path);
            if (verifyChecksums && source.Sha256 is { Length: > 0 } expected && !string.Equals(expected, sha, StringComparison.OrdinalIgnoreCase))
            {
                throw new SourceDataException($"{path}: sha256 of the XML is {sha}, the manifest expects {expected}.");
            }
            using var stream = XmlSource.Open(path);
            int count;
            if (source.Kind == "tabular")
            {
                tabular = TabularXmlReader.Read(stream, source.ReleaseId, System.IO.Path.GetFileName(path), ct);
                count = tabular.Nodes.Count;
            }
            else
            {
                var read = AlphabeticIndexXmlReader.Read(stream, KindOf(source.Kind), source.ReleaseId, System.IO.Path.GetFileName(path), ct);
                entries.AddRange(read);
                count = read.Count;
            }
            infos.Add(new ReferenceSourceInfo(source.Kind, source.ReleaseId, targetReleaseId,
                new SourceFileInfo(System.IO.Path.GetFileName(path), sha, new FileInfo(path).Length, []), count));
            LogLoaded(_logger, source.Kind, source.ReleaseId, count, System.IO.Path.GetFileName(path));
        }
        if (infos.Count == 0) return null;
        var data = new ReferenceData { TargetReleaseId = targetReleaseId, Tabular = tabular, Entries = entries, SeeTargets = SeeTargets(entries) };
        return new ImportedReference(data, infos);
    }

    /// <summary>The file to read: the XML, or its gzipped copy; null when neither exists.</summary>
    public static string? Locate(string sourceDirectory, string relativePath)
    {
        var path = System.IO.Path.Combine(sourceDirectory, relativePath);
        if (File.Exists(path)) return path;
        return File.Exists(path + ".gz") ? path + ".gz" : null;
    }

    /// <summary>sha256 of the XML content (decompressed when gzipped), so a mirror's .gz verifies against the official XML.</summary>
    public static string Sha256OfXml(string path)
    {
        using var stream = XmlSource.Open(path);
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (InvalidDataException ex)
        {
            // A damaged .gz: reported like any other bad source file, naming it.
            throw new SourceDataException($"{path} cannot be decompressed: {ex.Message}", ex);
        }
    }

    // Each index's "see" references point inside the same index.
    private static List<int> SeeTargets(List<AlphabeticIndexEntry> entries)
    {
        var targets = Enumerable.Repeat(-1, entries.Count).ToList();
        var positions = new Dictionary<AlphabeticIndexEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entries.Count; i++) positions[entries[i]] = i;
        foreach (var group in entries.Select((e, i) => (e, i)).GroupBy(x => x.e.Index))
        {
            var resolver = new SeeReferenceResolver(group.Select(x => x.e).ToList());
            foreach (var (entry, i) in group.Where(x => x.e.See is not null))
            {
                if (resolver.Resolve(entry.See!) is { } target && positions.TryGetValue(target, out var at)) targets[i] = at;
            }
        }
        return targets;
    }

    private static AlphabeticIndexKind KindOf(string kind) => kind switch
    {
        "diseases" => AlphabeticIndexKind.Diseases,
        "neoplasms" => AlphabeticIndexKind.Neoplasms,
        "drugs" => AlphabeticIndexKind.Drugs,
        _ => AlphabeticIndexKind.ExternalCauses,
    };

    [LoggerMessage(EventId = 121, Level = LogLevel.Warning, Message = "Reference {Kind} {Release} not found at {Path}: served without it")]
    private static partial void LogMissing(ILogger logger, string kind, string release, string path);

    [LoggerMessage(EventId = 122, Level = LogLevel.Information, Message = "Reference {Kind} {Release}: {Count} entries from '{File}'")]
    private static partial void LogLoaded(ILogger logger, string kind, string release, int count, string file);
}
