namespace CodeSearch.Server.Options;

/// <summary>
/// Client certificate trust for mutual TLS. Section <c>CodeSearch:Tls</c>. Endpoints, server certificates and
/// <c>ClientCertificateMode</c> are Kestrel settings (<c>Kestrel:Endpoints</c>, docs/operations.md).
/// </summary>
public sealed class TlsOptions
{
    public const string Section = "CodeSearch:Tls";

    /// <summary>
    /// PEM file with the CA certificate(s) client certificates must chain to. Default: none (the operating system's
    /// trust store decides).
    /// </summary>
    public string? ClientCaFile { get; set; }

    /// <summary>Check client certificate revocation (needs reachable CRL/OCSP endpoints). Default: false.</summary>
    public bool CheckRevocation { get; set; }
}
