namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// One sample server with auth on (<see cref="Callers.AuthSettings"/>: API keys, JWT, the sample CPT file), reflection
/// behind auth and the access log captured; shared by the "Auth server" collection.
/// </summary>
public sealed class AuthServer : IAsyncLifetime
{
    public AuthServer()
    {
        var settings = Callers.AuthSettings();
        settings["CodeSearch:Reflection:RequireAuth"] = "true";
        Factory = new ConfiguredServerFactory(settings, logs: Logs);
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public ConfiguredServerFactory Factory { get; }

    public V1.CodeLookup.CodeLookupClient Client => Factory.Client;

    public V1.CodingSuggestions.CodingSuggestionsClient Suggestions => Factory.Suggestions;

    public Task InitializeAsync() => Factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AuthServerCollection : ICollectionFixture<AuthServer>
{
    public const string Name = "Auth server";
}
