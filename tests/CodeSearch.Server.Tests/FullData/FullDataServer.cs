using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>
/// One Production server over the official mirror (TestPaths.SharedCodesets), with its own temp index: the import and
/// index build (about 15 s) happen once for the class. Fails with TestPaths' message when the mirror is missing.
/// </summary>
public sealed class FullDataServer : IAsyncLifetime
{
    public CodeSearchServerFactory Factory { get; } = new("Production", TestPaths.SharedCodesets);

    public V1.CodeLookup.CodeLookupClient Client => Factory.Client;

    public Task InitializeAsync() => Factory.WaitUntilServingAsync(TimeSpan.FromMinutes(3));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
