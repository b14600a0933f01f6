using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Indexing.Build;
using CodeSearch.Indexing.Generations;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Indexing.Tests.Support;

/// <summary>An index directory in a temp folder with the store, builder and manager wired as the server wires them.</summary>
internal sealed class IndexHarness : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly List<IDisposable> _opened = [];

    public IndexHarness()
    {
        Store = new IndexGenerationStore(_dir.Path);
        Builder = new IndexBuilder(Store, new SteppingTimeProvider(), NullLogger<IndexBuilder>.Instance);
        Manager = new IndexManager(Store, Builder, NullLogger<IndexManager>.Instance);
    }

    public string Root => _dir.Path;
    public IndexGenerationStore Store { get; }
    public IndexBuilder Builder { get; }
    public IndexManager Manager { get; }

    /// <summary>The fixtures under a given fingerprint; <paramref name="onImport"/> counts imports.</summary>
    public static SourceSet Fixtures(string? fingerprint = null, Action? onImport = null) =>
        new(fingerprint ?? FixtureReleases.Fingerprint, Sample: true, _ =>
        {
            onImport?.Invoke();
            return FixtureReleases.Releases;
        });

    /// <summary>Sources whose import fails like a truncated official file.</summary>
    public static SourceSet Broken(string fingerprint) =>
        new(fingerprint, Sample: false, _ => throw new SourceDataException("hcpcs 2026-01 'HCPC.txt': entries 9,006 expected, 12 read"));

    /// <summary>Opens or builds; the index is disposed with the harness.</summary>
    public IndexManager.Opened Open(SourceSet sources)
    {
        var opened = Manager.OpenOrBuild(sources);
        _opened.Add(opened.Index);
        return opened;
    }

    /// <summary>Name of the folder CURRENT points to.</summary>
    public string? CurrentName => Store.CurrentDirectory() is { } dir ? Path.GetFileName(dir) : null;

    /// <summary>Folder names in the index directory (generations and abandoned builds).</summary>
    public IReadOnlyList<string> Folders => Directory.EnumerateDirectories(Root).Select(Path.GetFileName).Order().ToList()!;

    public void Dispose()
    {
        foreach (var index in _opened) index.Dispose();
        _dir.Dispose();
    }
}
