using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>A generation that only knows its name, the sources it was built from and whether it was disposed.</summary>
internal sealed class TrackedIndex(string generation, string fingerprint = "") : ICodeIndex, IDisposable
{
    private volatile bool _disposed;
    public bool Disposed => _disposed;
    public string Fingerprint { get; } = fingerprint;
    public string Generation { get; } = generation;
    public bool IsSample => true;
    public IReadOnlyList<LoadedRelease> Releases => [];
    public IReadOnlyList<ReferenceSourceInfo> ReferenceSources => [];
    public ReferenceLookup Reference => throw new NotSupportedException();
    public MedicalCode? Find(CodeSystemId system, string releaseId, string undottedCode) => null;
    public DeletedCode? FindDeleted(CodeSystemId system, string releaseId, string undottedCode) => null;
    public IReadOnlyList<MedicalCode> Codes(CodeSystemId system, string releaseId) => [];
    public IReadOnlyList<MedicalCode> Children(MedicalCode code) => [];
    public SearchPage Search(SearchScope scope, string text, int offset, int limit) => throw new NotSupportedException();
    public IReadOnlyList<EntryHit> SearchEntries(string text, AlphabeticIndexKind? kind, int limit) => [];
    public void Dispose() => _disposed = true;
}
