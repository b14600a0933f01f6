using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>
/// One Production server over the official mirror (TestPaths.SharedCodesets), with its own temp index: the import and
/// index build (about 15 s) happen once for every class of <see cref="FullDataServerCollection"/>. Fails with TestPaths' message when the mirror is missing.
/// </summary>
public sealed class FullDataServer : IAsyncLifetime
{
    public CodeSearchServerFactory Factory { get; } = new("Production", TestPaths.SharedCodesets);

    public V1.CodeLookup.CodeLookupClient Client => Factory.Client;

    // Health waits for the suggestion warm-up too (IndexLifecycle), which the first SuggestCodes test used to pay for.
    public Task InitializeAsync() => Factory.WaitUntilServingAsync(TimeSpan.FromMinutes(5));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The test classes over the official files share one <see cref="FullDataServer"/>: one import, index build and
/// suggestion warm-up for all of them instead of one per class (each is tens of seconds of CPU on a 2-core CI box).
/// </summary>
[CollectionDefinition(Name)]
public sealed class FullDataServerCollection : ICollectionFixture<FullDataServer>
{
    public const string Name = "full-data server";
}

