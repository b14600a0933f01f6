using System.Diagnostics;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphaIndex;
using CodeSearch.Importer.Tabular;
using CodeSearch.Importer.Tests.Tabular;

namespace CodeSearch.Importer.Tests.AlphaIndex;

/// <summary>The FY2023 main index and the April 2026 drug, neoplasm and external-cause indexes from the mirror, read once and timed.</summary>
public sealed class FullDataIndexes
{
    public FullDataIndexes()
    {
        Diseases = Load("2023", XmlInput.IndexFile, IndexKind.Diseases, "FY2023");
        Drugs = Load("2026-04", XmlInput.DrugFile, IndexKind.Drugs, "2026-04");
        Neoplasms = Load("2026-04", XmlInput.NeoplasmFile, IndexKind.Neoplasms, "2026-04");
        ExternalCauses = Load("2026-04", XmlInput.ExternalCauseFile, IndexKind.ExternalCauses, "2026-04");
    }

    public IReadOnlyList<IndexEntry> Diseases { get; }
    public IReadOnlyList<IndexEntry> Drugs { get; }
    public IReadOnlyList<IndexEntry> Neoplasms { get; }
    public IReadOnlyList<IndexEntry> ExternalCauses { get; }

    /// <summary>Read time per file name.</summary>
    public Dictionary<string, TimeSpan> Times { get; } = [];

    private IReadOnlyList<IndexEntry> Load(string release, string file, IndexKind kind, string releaseId)
    {
        var path = XmlInput.Mirror(release, file + ".gz");
        var watch = Stopwatch.StartNew();
        using var stream = XmlSource.Open(path);
        var entries = IndexXmlReader.Read(stream, kind, releaseId, Path.GetFileName(path));
        Times[file] = watch.Elapsed;
        return entries;
    }
}
