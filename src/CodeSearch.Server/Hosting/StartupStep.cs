namespace CodeSearch.Server.Hosting;

/// <summary>The timed steps of a start-up (log event 4880, docs/operations.md "Start-up time").</summary>
public enum StartupStep
{
    /// <summary>Process start to the host started (runtime, configuration, services, Kestrel listening).</summary>
    Host,
    /// <summary>Part of the host's start, on the main thread: process start to Main (the runtime's own start).</summary>
    Runtime,
    /// <summary>Part of the host's start, on the main thread: the builder made (configuration, logging) and the services registered.</summary>
    HostBuilder,
    /// <summary>Part of the host's start, on the main thread: the app built (the service provider).</summary>
    HostBuild,
    /// <summary>Part of the host's start, on the main thread: middleware and endpoints mapped (gRPC services bound, JSON transcoding routes).</summary>
    HostMap,
    /// <summary>Choosing the sources: the manifest read, the official files fingerprinted (sha256).</summary>
    Sources,
    /// <summary>Opening (or building) the generation, all its parts together.</summary>
    Open,
    /// <summary>Part of the open: the Lucene reader (segment headers, terms index).</summary>
    LuceneReader,
    /// <summary>Part of the open, on its own thread: the checksums of every Lucene file.</summary>
    Checksums,
    /// <summary>Part of the open: catalog.bin read and the codes mapped to documents and releases.</summary>
    Catalog,
    /// <summary>Part of the open, on its own thread: reference.bin read and the entry index opened.</summary>
    Reference,
    /// <summary>The embedded suggestion model (learned terms, priors, ranker, topics, neighbours).</summary>
    SuggestionModel,
    /// <summary>The first generation swapped in: health SERVING from here on.</summary>
    Publish,
    /// <summary>The suggestion dictionaries compiled (after SERVING unless WarmBeforeServing).</summary>
    Warm,
    /// <summary>The compacting collection that ends the start-up.</summary>
    Compaction,
}
