using CodeSearch.Server.Security;
using CodeSearch.Tests;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CodeSearch.Server.Tests.Support;

/// <summary>Test callers: API keys (configured by hash, as operators do), JWTs and the settings that accept them.</summary>
public static class Callers
{
    /// <summary>A caller without permissions.</summary>
    public const string AliceKey = "test-key-alice-7d1f0c9e4b2a4f16a8c3";

    /// <summary>A caller with the cpt permission.</summary>
    public const string BillingKey = "test-key-billing-3b8e2d5a9c0f4e71b6d4";

    public const string JwtIssuer = "https://issuer.test";
    public const string JwtAudience = "codesearch-tests";
    public static readonly byte[] JwtKey = Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray();

    public static string CptFixture => Path.Combine(TestPaths.Fixtures, "cpt", "sample-cpt.csv");

    /// <summary>Auth on, the two API keys, JWT with <see cref="JwtKey"/>, and the sample CPT file loaded.</summary>
    public static Dictionary<string, string?> AuthSettings(bool authEnabled = true) => new()
    {
        ["CodeSearch:Auth:Enabled"] = authEnabled ? "true" : "false",
        ["CodeSearch:Auth:ApiKeys:0:Name"] = "alice",
        ["CodeSearch:Auth:ApiKeys:0:Sha256"] = ApiKeyHash.Sha256Hex(AliceKey),
        ["CodeSearch:Auth:ApiKeys:1:Name"] = "billing",
        ["CodeSearch:Auth:ApiKeys:1:Sha256"] = ApiKeyHash.Sha256Hex(BillingKey).ToUpperInvariant(),
        ["CodeSearch:Auth:ApiKeys:1:Permissions:0"] = "cpt",
        ["CodeSearch:Auth:Jwt:Issuer"] = JwtIssuer,
        ["CodeSearch:Auth:Jwt:Audience"] = JwtAudience,
        ["CodeSearch:Auth:Jwt:SigningKey"] = Convert.ToBase64String(JwtKey),
        ["CodeSearch:Data:CptFile"] = CptFixture,
    };

    public static Metadata ApiKey(string key) => new() { { "x-api-key", key } };

    public static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    /// <summary>A token signed with <see cref="JwtKey"/>; <paramref name="permissions"/> go in the "permissions" claim, space-separated.</summary>
    public static string Jwt(string subject, string permissions = "", string audience = JwtAudience, TimeSpan? lifetime = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (permissions.Length > 0) claims["permissions"] = permissions;
        return Jwt(claims, audience, lifetime);
    }

    /// <summary>A token signed with <see cref="JwtKey"/> carrying exactly <paramref name="claims"/>.</summary>
    public static string Jwt(Dictionary<string, object> claims, string audience = JwtAudience, TimeSpan? lifetime = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtIssuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now.AddMinutes(-10),
            NotBefore = now.AddMinutes(-10),
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(10)),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(JwtKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
