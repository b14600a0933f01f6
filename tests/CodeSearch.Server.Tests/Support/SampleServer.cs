namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// One Development server over the hand-written sample (no official files in its source directory), started once
/// and shared by every test class of the "Sample server" collection.
/// </summary>
public sealed class SampleServer : IAsyncLifetime
{
    public CodeSearchServerFactory Factory { get; } = new();

    public V1.CodeLookup.CodeLookupClient Client => Factory.Client;

    public Task InitializeAsync() => Factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SampleServerCollection : ICollectionFixture<SampleServer>
{
    public const string Name = "Sample server";
}
