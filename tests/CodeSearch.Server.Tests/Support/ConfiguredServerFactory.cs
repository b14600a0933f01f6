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
/// The sample server with a test's own settings: optionally a <see cref="FakeCodeSuggester"/> in place of the
/// engine, every log line from <paramref name="logLevel"/> up captured, and Kestrel on a loopback port instead of
/// the in-memory TestServer.
/// </summary>
public sealed class ConfiguredServerFactory : CodeSearchServerFactory
{
    private readonly FakeCodeSuggester? _suggester;
    private readonly CapturingLoggerProvider? _logs;
    private readonly LogLevel _logLevel;
    private readonly bool _kestrel;

    public ConfiguredServerFactory(IDictionary<string, string?> settings, FakeCodeSuggester? suggester = null,
        CapturingLoggerProvider? logs = null, LogLevel logLevel = LogLevel.Information, bool kestrel = false)
        : base(overrides: settings)
    {
        _suggester = suggester;
        _logs = logs;
        _logLevel = logLevel;
        _kestrel = kestrel;
        if (kestrel) UseKestrel(0);
    }

    public V1.CodingSuggestions.CodingSuggestionsClient Suggestions => new(Channel);

    protected override GrpcChannel CreateChannel() => _kestrel ? KestrelChannel() : base.CreateChannel();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_logs is not null)
        {
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(_logs);
                logging.AddFilter<CapturingLoggerProvider>(null, _logLevel);
                logging.SetMinimumLevel(_logLevel);
            });
        }
        if (_suggester is not null) builder.ConfigureTestServices(services => services.AddSingleton<ICodeSuggester>(_suggester));
    }
}
