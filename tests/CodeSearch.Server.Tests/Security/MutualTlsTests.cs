using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Server.Tests.Security;

/// <summary>
/// The documented mutual-TLS set-up (docs/operations.md) on a real Kestrel server: an HTTPS endpoint from
/// configuration with ClientCertificateMode RequireCertificate and CodeSearch:Tls:ClientCaFile, certificates made
/// at test time. The client certificate's subject is mapped to a caller, which auth then accepts.
/// </summary>
public sealed class MutualTlsTests : IAsyncLifetime
{
    private const string Password = "test-only";
    private readonly TestCertificates _certificates = TestCertificates.Create();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "codesearch-tls-tests", Guid.NewGuid().ToString("N"));
    private TlsServerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var (serverPfx, caPem) = _certificates.WriteFiles(_directory, Password);
        var settings = Callers.AuthSettings();
        settings["Kestrel:Endpoints:Tls:Url"] = "https://127.0.0.1:0";
        settings["Kestrel:Endpoints:Tls:Certificate:Path"] = serverPfx;
        settings["Kestrel:Endpoints:Tls:Certificate:Password"] = Password;
        settings["Kestrel:Endpoints:Tls:ClientCertificateMode"] = "RequireCertificate";
        settings["CodeSearch:Tls:ClientCaFile"] = caPem;
        settings["CodeSearch:Auth:ClientCertificates:0:Subject"] = TestCertificates.ClientSubject;
        settings["CodeSearch:Auth:ClientCertificates:0:Name"] = "batch-client";
        settings["CodeSearch:Auth:ClientCertificates:0:Permissions:0"] = "cpt";
        _factory = new TlsServerFactory(settings, _certificates, _logs);
        await _factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        _certificates.Dispose();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GetCode_TrustedClientCertificate_AnswersAsMappedCaller()
    {
        var code = await _factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Cpt, Code = "00001" });

        Assert.Equal("00001", code.Code_); // CPT: the certificate's caller holds the cpt permission
        await WaitForAccessLine("caller=certificate:batch-client ");
    }

    /// <summary>
    /// The TLS 1.3 client learns of the refusal after its handshake: on its first read (UNAVAILABLE) or while sending
    /// the HTTP/2 preface (INTERNAL, "the server did not complete the HTTP/2 handshake"), whichever comes first.
    /// </summary>
    [Fact]
    public async Task GetCode_NoClientCertificate_Fails()
    {
        using var channel = _factory.ChannelWith(null);

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            new CodeLookup.CodeLookupClient(channel).GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }).ResponseAsync);

        Assert.True(ex.StatusCode is StatusCode.Unavailable or StatusCode.Internal, $"{ex.StatusCode}: {ex.Status.Detail}");
    }

    [Fact]
    public async Task GetCode_ClientCertificateFromUntrustedCa_Fails()
    {
        using var channel = _factory.ChannelWith(_certificates.Stranger);

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            new CodeLookup.CodeLookupClient(channel).GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }).ResponseAsync);

        Assert.True(ex.StatusCode is StatusCode.Unavailable or StatusCode.Internal, $"{ex.StatusCode}: {ex.Status.Detail}");
    }

    private async Task WaitForAccessLine(string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!_logs.Lines.Any(l => l.Contains("CodeSearch.AccessLog", StringComparison.Ordinal) && l.Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no access-log line with '{text}'");
            await Task.Delay(20);
        }
    }

    /// <summary>The server on Kestrel with only the configured HTTPS endpoint; its channel presents the trusted client certificate.</summary>
    private sealed class TlsServerFactory : CodeSearchServerFactory
    {
        private readonly TestCertificates _certificates;
        private readonly CapturingLoggerProvider _logs;

        public TlsServerFactory(IDictionary<string, string?> settings, TestCertificates certificates, CapturingLoggerProvider logs)
            : base(overrides: settings)
        {
            _certificates = certificates;
            _logs = logs;
            UseKestrel();
        }

        public GrpcChannel ChannelWith(X509Certificate2? clientCertificate)
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal));
            var handler = new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions
                {
                    ClientCertificates = clientCertificate is null ? null : new X509CertificateCollection { clientCertificate },
                    RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                        certificate is not null && certificate.GetCertHashString() == _certificates.Server.Thumbprint,
                },
            };
            return GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler });
        }

        protected override GrpcChannel CreateChannel() => ChannelWith(_certificates.Client);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        }
    }
}
