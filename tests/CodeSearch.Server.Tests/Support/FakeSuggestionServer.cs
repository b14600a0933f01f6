using CodeSearch.Suggestions.Engine;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// The sample server with a <see cref="FakeCodeSuggester"/> in place of the engine and every log line captured,
/// on Kestrel (a loopback port, plaintext HTTP/2) rather than the in-memory TestServer: deadlines, cancellation and
/// message sizes then behave as for real clients (the TestServer surfaces a server-side deadline reset as INTERNAL).
/// Shared by the test classes of the "Fake suggestion server" collection, which run one at a time.
/// </summary>
public sealed class FakeSuggestionServer : IAsyncLifetime
{
    public FakeSuggestionServer() => Factory = new FakeSuggesterFactory(Suggester, Logs);

    public FakeCodeSuggester Suggester { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public CodeSearchServerFactory Factory { get; }

    public V1.CodingSuggestions.CodingSuggestionsClient Client => new(Factory.Channel);

    public Task InitializeAsync() => Factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private sealed class FakeSuggesterFactory : CodeSearchServerFactory
    {
        private readonly FakeCodeSuggester _suggester;
        private readonly CapturingLoggerProvider _logs;

        public FakeSuggesterFactory(FakeCodeSuggester suggester, CapturingLoggerProvider logs)
        {
            _suggester = suggester;
            _logs = logs;
            UseKestrel(0);
        }

        protected override GrpcChannel CreateChannel() => KestrelChannel();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
            builder.ConfigureTestServices(services => services.AddSingleton<ICodeSuggester>(_suggester));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FakeSuggestionServerCollection : ICollectionFixture<FakeSuggestionServer>
{
    public const string Name = "Fake suggestion server";
}
