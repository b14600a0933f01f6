using System.ComponentModel.DataAnnotations;

namespace CodeSearch.Server.Options;

/// <summary>
/// Who may call the service. Section <c>CodeSearch:Auth</c>. Off by default, for anonymous local use; when on, every
/// service but grpc.health.v1 (and reflection, unless <see cref="ReflectionOptions.RequireAuth"/>) needs an API key,
/// a JWT bearer token or a mapped client certificate, else UNAUTHENTICATED. See docs/operations.md.
/// </summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "CodeSearch:Auth";

    /// <summary>Require a caller identity on the CodeLookup and CodingSuggestions services. Default: false.</summary>
    public bool Enabled { get; set; }

    /// <summary>API keys, stored as the SHA-256 of the key (never the key). Default: none.</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    /// <summary>JWT bearer validation. Default: not configured (no bearer tokens accepted).</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>Client certificate subjects (mutual TLS) mapped to callers. Default: none.</summary>
    public List<CertificateCallerEntry> ClientCertificates { get; set; } = [];

    /// <summary>
    /// Serve CPT to callers without an identity, i.e. to everyone while <see cref="Enabled"/> is false. CPT
    /// descriptors are licensed, so the default is false: anonymous CPT requests are PERMISSION_DENIED while a CPT
    /// file is loaded. Set it only for a licensee's own single-user deployment. Default: false.
    /// </summary>
    public bool AllowCptWithoutAuth { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && ApiKeys.Count == 0 && !Jwt.IsConfigured && ClientCertificates.Count == 0)
        {
            yield return new ValidationResult("Auth is enabled but no API key, JWT setting or client certificate is configured: no caller could authenticate.");
        }
        foreach (var key in ApiKeys)
        {
            if (string.IsNullOrWhiteSpace(key.Name)) yield return new ValidationResult("Every API key needs a Name.");
            if (key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigit))
            {
                yield return new ValidationResult($"API key '{key.Name}': Sha256 must be 64 hex digits (the SHA-256 of the key, not the key).");
            }
        }
        if (ApiKeys.GroupBy(k => k.Sha256, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            yield return new ValidationResult("Two API keys have the same Sha256.");
        }
        foreach (var error in Jwt.Validate()) yield return new ValidationResult(error);
        foreach (var caller in ClientCertificates)
        {
            if (string.IsNullOrWhiteSpace(caller.Subject) || string.IsNullOrWhiteSpace(caller.Name))
            {
                yield return new ValidationResult("Every client certificate entry needs a Subject and a Name.");
            }
        }
    }
}

/// <summary>One API key: the caller's name, the lower- or upper-case hex SHA-256 of the key's UTF-8 bytes, and its permissions.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>Caller name used in the access log and for rate limits.</summary>
    public string Name { get; set; } = "";

    /// <summary>Hex SHA-256 of the key (<c>printf %s "$KEY" | sha256sum</c>).</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Permissions, e.g. <c>cpt</c>. Default: none.</summary>
    public List<string> Permissions { get; set; } = [];
}

/// <summary>A client certificate subject (as .NET prints it, e.g. <c>CN=billing-batch, O=Example</c>) mapped to a caller.</summary>
public sealed class CertificateCallerEntry
{
    public string Subject { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Permissions, e.g. <c>cpt</c>. Default: none.</summary>
    public List<string> Permissions { get; set; } = [];
}
