using System.Security.Claims;
using System.Text.Encodings.Web;
using CodeSearch.Server.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Security;

/// <summary>
/// Authenticates an API key sent as <c>x-api-key: KEY</c> or <c>authorization: ApiKey KEY</c> by looking up its
/// SHA-256 among <see cref="AuthOptions.ApiKeys"/>. No key: no result (other schemes may apply). Unknown key: failure.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "x-api-key";
    private const string AuthorizationPrefix = "ApiKey ";

    /// <summary>Authentication type of API key callers: their key in rate limits and the access log is "apikey:NAME".</summary>
    public const string AuthenticationType = "apikey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey();
        if (key is null) return Task.FromResult(AuthenticateResult.NoResult());
        // A key is compared exactly: one sent with surrounding whitespace is a different (malformed) key.
        if (key.Length == 0 || key.Trim().Length != key.Length) return Task.FromResult(AuthenticateResult.Fail("Malformed API key."));
        var hash = ApiKeyHash.Sha256Hex(key);
        var entry = auth.Value.ApiKeys.FirstOrDefault(k => string.Equals(k.Sha256, hash, StringComparison.OrdinalIgnoreCase));
        if (entry is null) return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        var principal = new ClaimsPrincipal(CallerIdentity.Create(entry.Name, entry.Permissions, AuthenticationType));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private string? ReadKey()
    {
        var header = Request.Headers[HeaderName].ToString();
        if (Request.Headers.ContainsKey(HeaderName)) return header;
        var authorization = Request.Headers.Authorization.ToString();
        return authorization.StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase) && authorization.Length > AuthorizationPrefix.Length
            ? authorization[AuthorizationPrefix.Length..]
            : null;
    }
}
