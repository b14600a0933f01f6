using System.Diagnostics;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphabeticIndex;
using CodeSearch.Importer.Tabular;
using CodeSearch.Importer.Tests.Tabular;

namespace CodeSearch.Importer.Tests.AlphabeticIndex;

/// <summary>The FY2023 main index and the April 2026 drug, neoplasm and external-cause indexes from the mirror, read once and timed.</summary>
public sealed class FullDataAlphabeticIndexes
{
    public FullDataAlphabeticIndexes()
    {
        Diseases = Load("2023", XmlInput.IndexFile, AlphabeticIndexKind.Diseases, "FY2023");
        Drugs = Load("2026-04", XmlInput.DrugFile, AlphabeticIndexKind.Drugs, "2026-04");
        Neoplasms = Load("2026-04", XmlInput.NeoplasmFile, AlphabeticIndexKind.Neoplasms, "2026-04");
        ExternalCauses = Load("2026-04", XmlInput.ExternalCauseFile, AlphabeticIndexKind.ExternalCauses, "2026-04");
    }

    public IReadOnlyList<AlphabeticIndexEntry> Diseases { get; }
    public IReadOnlyList<AlphabeticIndexEntry> Drugs { get; }
    public IReadOnlyList<AlphabeticIndexEntry> Neoplasms { get; }
    public IReadOnlyList<AlphabeticIndexEntry> ExternalCauses { get; }

    /// <summary>Read time per file name.</summary>
    public Dictionary<string, TimeSpan> Times { get; } = [];

    private IReadOnlyList<AlphabeticIndexEntry> Load(string release, string file, AlphabeticIndexKind kind, string releaseId)
    {
        var path = XmlInput.Mirror(release, file + ".gz");
        var watch = Stopwatch.StartNew();
        using var stream = XmlSource.Open(path);
        var entries = AlphabeticIndexXmlReader.Read(stream, kind, releaseId, Path.GetFileName(path));
        Times[file] = watch.Elapsed;
        return entries;
    }
}
