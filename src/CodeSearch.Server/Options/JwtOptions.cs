namespace CodeSearch.Server.Options;

/// <summary>
/// JWT bearer tokens (section <c>CodeSearch:Auth:Jwt</c>). Either an <see cref="Authority"/> (keys from its OpenID
/// discovery document) or a local key: <see cref="SigningKey"/> (HMAC) or <see cref="PublicKeyPemFile"/> (RSA/ECDSA).
/// </summary>
public sealed class JwtOptions
{
    /// <summary>OpenID Connect authority whose signing keys are trusted. Default: none.</summary>
    public string? Authority { get; set; }

    /// <summary>Accepted issuer (<c>iss</c>). Default: none; required with a local key, else the authority's issuer.</summary>
    public string? Issuer { get; set; }

    /// <summary>Accepted audience (<c>aud</c>). Required when JWT is configured. Default: none.</summary>
    public string? Audience { get; set; }

    /// <summary>Base64 HMAC-SHA256 key, at least 32 bytes. Default: none.</summary>
    public string? SigningKey { get; set; }

    /// <summary>PEM file with the RSA or ECDSA public key tokens are signed with. Default: none.</summary>
    public string? PublicKeyPemFile { get; set; }

    /// <summary>Claim naming the caller. Default: <c>sub</c>.</summary>
    public string NameClaim { get; set; } = "sub";

    /// <summary>Claim listing permissions (repeated, or one space-separated value), e.g. <c>cpt</c>. Default: <c>permissions</c>.</summary>
    public string PermissionsClaim { get; set; } = "permissions";

    /// <summary>Allowed clock skew in seconds. Default: 60.</summary>
    public int ClockSkewSeconds { get; set; } = 60;

    /// <summary>Require https for the authority's metadata. Default: true.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrEmpty(Authority) || !string.IsNullOrEmpty(SigningKey) || !string.IsNullOrEmpty(PublicKeyPemFile);

    internal IEnumerable<string> Validate()
    {
        if (!IsConfigured) yield break;
        if (string.IsNullOrWhiteSpace(Audience)) yield return "Auth:Jwt:Audience is required when JWT is configured.";
        var localKey = !string.IsNullOrEmpty(SigningKey) || !string.IsNullOrEmpty(PublicKeyPemFile);
        if (localKey && string.IsNullOrWhiteSpace(Issuer)) yield return "Auth:Jwt:Issuer is required with a local signing key.";
        if (!string.IsNullOrEmpty(SigningKey))
        {
            var bytes = new byte[SigningKey.Length];
            if (!Convert.TryFromBase64String(SigningKey, bytes, out var length) || length < 32) yield return "Auth:Jwt:SigningKey must be base64 of at least 32 bytes.";
        }
        if (!string.IsNullOrEmpty(PublicKeyPemFile) && !File.Exists(PublicKeyPemFile)) yield return $"Auth:Jwt:PublicKeyPemFile '{PublicKeyPemFile}' does not exist.";
        if (ClockSkewSeconds is < 0 or > 3600) yield return "Auth:Jwt:ClockSkewSeconds must be between 0 and 3600.";
    }
}
