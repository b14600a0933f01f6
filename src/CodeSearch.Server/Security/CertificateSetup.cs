using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using CodeSearch.Server.Hosting;
using CodeSearch.Server.Options;
using Microsoft.AspNetCore.Authentication.Certificate;

namespace CodeSearch.Server.Security;

/// <summary>
/// Client certificates (mutual TLS) as caller identities: a certificate that chains to
/// <see cref="TlsOptions.ClientCaFile"/> and whose subject is listed in <see cref="AuthOptions.ClientCertificates"/>
/// becomes that entry's caller, with its permissions.
/// </summary>
internal static class CertificateSetup
{
    public static void Configure(CertificateAuthenticationOptions certificates, AuthOptions auth, TlsOptions tls)
    {
        certificates.AllowedCertificateTypes = CertificateTypes.Chained;
        certificates.ValidateCertificateUse = true;
        certificates.RevocationMode = tls.CheckRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck;
        if (!string.IsNullOrEmpty(tls.ClientCaFile))
        {
            certificates.ChainTrustValidationMode = X509ChainTrustMode.CustomRootTrust;
            certificates.CustomTrustStore.AddRange(ClientCertificateTrust.LoadAuthorities(tls.ClientCaFile));
        }
        certificates.Events = new CertificateAuthenticationEvents
        {
            OnCertificateValidated = context =>
            {
                var subject = Normalize(context.ClientCertificate.Subject);
                var entry = auth.ClientCertificates.FirstOrDefault(c => string.Equals(Normalize(c.Subject), subject, StringComparison.OrdinalIgnoreCase));
                if (entry is null)
                {
                    context.Fail("The client certificate's subject is not mapped to a caller.");
                    return Task.CompletedTask;
                }
                context.Principal = new ClaimsPrincipal(CallerIdentity.Create(entry.Name, entry.Permissions, "certificate"));
                context.Success();
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>"CN=a, O=b" and "CN=a,O=b" (openssl -nameopt RFC2253) compare equal.</summary>
    internal static string Normalize(string subject) =>
        string.Join(',', subject.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
