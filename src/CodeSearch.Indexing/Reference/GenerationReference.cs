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
        // The entry searcher (its index opened and checksummed, the column headings analysed) and the lookup tables
        // share only the material, which neither changes: built side by side, on a thread of its own for the searcher
        // (the pool has few threads at start-up), so the reference part of an open ends with the longer of the two.
        var entries = data is null ? null : Task.Factory.StartNew(() => new EntrySearcher(generationDirectory, data),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        ReferenceLookup? lookup = null;
        Exception? lookupFailed = null;
        try
        {
            var target = data?.TargetReleaseId ?? info.Releases.Where(r => r.Release.System == CodeSystemId.Icd10Cm)
                .OrderByDescending(r => r.Release.EffectiveDate).Select(r => r.Release.ReleaseId).FirstOrDefault() ?? "";
            lookup = new ReferenceLookup(data ?? ReferenceData.Empty(target));
        }
        catch (Exception ex)
        {
            lookupFailed = ex;
        }
        // The entry index's failure first, as when the two were made one after the other.
        var searcher = entries?.GetAwaiter().GetResult();
        if (lookupFailed is not null)
        {
            searcher?.Dispose();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(lookupFailed);
        }
        return new GenerationReference(lookup!, searcher);
    }

    public void Dispose() => Entries?.Dispose();
}
