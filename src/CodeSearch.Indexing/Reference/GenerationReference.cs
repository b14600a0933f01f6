using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Generations;

namespace CodeSearch.Indexing.Reference;

/// <summary>
/// The reference side of an opened generation: the material, its lookup tables and the entry searcher. Loaded apart
/// from the codes (it shares nothing with them) so a generation can open both at once.
/// </summary>
internal sealed class GenerationReference : IDisposable
{
    private GenerationReference(ReferenceLookup lookup, EntrySearcher? entries)
    {
        Lookup = lookup;
        Entries = entries;
    }

    public ReferenceLookup Lookup { get; }

    public EntrySearcher? Entries { get; }

    /// <summary>Reads reference.bin and opens the entry index; throws <see cref="InvalidDataException"/> when they are damaged or missing.</summary>
    public static GenerationReference Load(string generationDirectory, GenerationInfo info)
    {
        var data = ReferenceFile.Read(generationDirectory);
        if (data is null && info.ReferenceSources.Count > 0)
        {
            throw new InvalidDataException($"Index generation '{info.Generation}' was built with reference material but has no {ReferenceFile.FileName}.");
        }
        var entries = data is null ? null : new EntrySearcher(generationDirectory, data);
        try
        {
            var target = data?.TargetReleaseId ?? info.Releases.Where(r => r.Release.System == CodeSystemId.Icd10Cm)
                .OrderByDescending(r => r.Release.EffectiveDate).Select(r => r.Release.ReleaseId).FirstOrDefault() ?? "";
            return new GenerationReference(new ReferenceLookup(data ?? ReferenceData.Empty(target)), entries);
        }
        catch
        {
            entries?.Dispose();
            throw;
        }
    }

    public void Dispose() => Entries?.Dispose();
}
