using CodeSearch.Core.Catalog;
using CodeSearch.Core.Errors;

namespace CodeSearch.Server.Hosting;

/// <summary>Holds the generation being served; swapped in one reference write once a generation is open.</summary>
public sealed class ServedIndexProvider : IIndexProvider, IDisposable
{
    private volatile ICodeIndex? _current;

    public ICodeIndex Current => _current ?? throw new ServiceNotReadyException("The code index is not open yet; retry when health reports SERVING.");

    public bool IsReady => _current is not null;

    /// <summary>Serves <paramref name="index"/> from now on and returns the one it replaces.</summary>
    public ICodeIndex? Swap(ICodeIndex index) => Interlocked.Exchange(ref _current, index);

    public void Dispose() => (_current as IDisposable)?.Dispose();
}
