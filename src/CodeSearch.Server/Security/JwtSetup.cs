using System.Security.Claims;
using System.Security.Cryptography;
using CodeSearch.Server.Options;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CodeSearch.Server.Security;

/// <summary>Applies <see cref="JwtOptions"/> to the JWT bearer handler and turns the permissions claim into caller permissions.</summary>
internal static class JwtSetup
{
    /// <summary>Authentication type of token callers: their key in rate limits and the access log is "jwt:SUB".</summary>
    public const string AuthenticationType = "jwt";

    public static void Configure(JwtBearerOptions bearer, JwtOptions jwt)
    {
        bearer.MapInboundClaims = false;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        if (!string.IsNullOrEmpty(jwt.Authority)) bearer.Authority = jwt.Authority;
        var parameters = bearer.TokenValidationParameters;
        parameters.ValidateIssuer = true;
        if (!string.IsNullOrEmpty(jwt.Issuer)) parameters.ValidIssuer = jwt.Issuer;
        parameters.ValidateAudience = true;
        parameters.ValidAudience = jwt.Audience;
        parameters.ValidateLifetime = true;
        parameters.RequireExpirationTime = true;
        parameters.NameClaimType = jwt.NameClaim;
        parameters.AuthenticationType = AuthenticationType;
        parameters.ClockSkew = TimeSpan.FromSeconds(jwt.ClockSkewSeconds);
        var key = SigningKey(jwt);
        if (key is not null) parameters.IssuerSigningKey = key;
        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal is null) return Task.CompletedTask;
                // A token must not grant itself permissions through the internal claim type: read the configured
                // claim first (it may be that very type), then strip every internal claim, then add the mapped ones.
                var granted = context.Principal.Identities.SelectMany(i => i.FindAll(jwt.PermissionsClaim)).Select(c => c.Value).ToList();
                foreach (var each in context.Principal.Identities) CallerIdentity.StripPermissions(each);
                if (context.Principal.Identity is ClaimsIdentity identity) CallerIdentity.AddPermissions(identity, granted);
                return Task.CompletedTask;
            },
        };
    }

    private static SecurityKey? SigningKey(JwtOptions jwt)
    {
        if (!string.IsNullOrEmpty(jwt.SigningKey)) return new RedactedSymmetricKey(Convert.FromBase64String(jwt.SigningKey));
        if (string.IsNullOrEmpty(jwt.PublicKeyPemFile)) return null;
        var pem = File.ReadAllText(jwt.PublicKeyPemFile);
        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            ec.Dispose(); // not an EC key: RSA
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new RsaSecurityKey(rsa);
    }
}

/// <summary>
/// An HMAC signing key that never names itself: the token handler lists the keys it tried in the message of a
/// signature failure (logged at Information), and a symmetric key's id there is a thumbprint of the secret.
/// </summary>
internal sealed class RedactedSymmetricKey(byte[] key) : SymmetricSecurityKey(key)
{
    public override string ToString() => "the configured HMAC signing key";
}
