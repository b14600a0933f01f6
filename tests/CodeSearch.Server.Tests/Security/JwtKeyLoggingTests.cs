using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Security;

/// <summary>A token with a bad signature is refused without the log naming the HMAC signing key by its thumbprint.</summary>
[Collection(AuthServerCollection.Name)]
public class JwtKeyLoggingTests(AuthServer server)
{
    [Fact]
    public async Task GetCode_JwtSignedWithAnotherKey_UnauthenticatedAndNoKeyThumbprintLogged()
    {
        var otherKey = Enumerable.Range(1, 32).Select(i => (byte)(255 - i)).ToArray();
        var now = DateTime.UtcNow;
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Callers.JwtIssuer,
            Audience = Callers.JwtAudience,
            Claims = new Dictionary<string, object> { ["sub"] = "forger" },
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(otherKey), SecurityAlgorithms.HmacSha256),
        });
        var thumbprint = Base64UrlEncoder.Encode(new SymmetricSecurityKey(Callers.JwtKey).ComputeJwkThumbprint());

        await FailsWith(StatusCode.Unauthenticated, () => server.Client.GetCodeAsync(
            new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }, Callers.Bearer(forged)).ResponseAsync);

        await Task.Delay(200); // log lines of the refused call
        Assert.Contains(server.Logs.Lines, l => l.Contains("IDX10", StringComparison.Ordinal)); // the failure itself is still logged
        Assert.Contains(server.Logs.Lines, l => l.Contains("the configured HMAC signing key", StringComparison.Ordinal)); // the keys tried are listed
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains(thumbprint, StringComparison.Ordinal));
    }
}
