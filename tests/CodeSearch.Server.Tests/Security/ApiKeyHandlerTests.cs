using System.Text.Encodings.Web;
using CodeSearch.Server.Options;
using CodeSearch.Server.Security;
using CodeSearch.Server.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Tests.Security;

/// <summary>
/// The API key handler on its own: .NET clients normalise header whitespace before it reaches the wire, but other
/// clients (grpcurl, raw HTTP/2) can send it, and a key is compared exactly.
/// </summary>
public class ApiKeyHandlerTests
{
    [Theory]
    [InlineData("x-api-key", " {0}")]
    [InlineData("x-api-key", "{0}\t")]
    [InlineData("authorization", "ApiKey  {0}")]
    [InlineData("authorization", "ApiKey {0} ")]
    public async Task Authenticate_KeyWithSurroundingWhitespace_Fails(string header, string format)
    {
        var result = await Authenticate(header, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Callers.AliceKey));

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Failure);
    }

    [Theory]
    [InlineData("x-api-key", "{0}")]
    [InlineData("authorization", "ApiKey {0}")]
    public async Task Authenticate_ExactKey_CallerKeyedByCredentialType(string header, string format)
    {
        var result = await Authenticate(header, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Callers.AliceKey));

        Assert.True(result.Succeeded);
        Assert.Equal("apikey:alice", CallerIdentity.Key(result.Principal!));
    }

    private static async Task<AuthenticateResult> Authenticate(string header, string value)
    {
        var auth = new AuthOptions
        {
            ApiKeys = [new ApiKeyEntry { Name = "alice", Sha256 = ApiKeyHash.Sha256Hex(Callers.AliceKey) }],
        };
        var monitor = new StaticMonitor(new AuthenticationSchemeOptions());
        var handler = new ApiKeyAuthenticationHandler(monitor, NullLoggerFactory.Instance, UrlEncoder.Default, Microsoft.Extensions.Options.Options.Create(auth));
        var context = new DefaultHttpContext();
        context.Request.Headers[header] = value;
        await handler.InitializeAsync(new AuthenticationScheme(ApiKeyAuthenticationHandler.SchemeName, null, typeof(ApiKeyAuthenticationHandler)), context);
        return await handler.AuthenticateAsync();
    }

    private sealed class StaticMonitor(AuthenticationSchemeOptions value) : IOptionsMonitor<AuthenticationSchemeOptions>
    {
        public AuthenticationSchemeOptions CurrentValue => value;

        public AuthenticationSchemeOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AuthenticationSchemeOptions, string?> listener) => null;
    }
}
