using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CodeSearch.Server.Options;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Mutual TLS against a private CA: with <see cref="TlsOptions.ClientCaFile"/> set, every HTTPS endpoint accepts a
/// client certificate only when it chains to one of that file's certificates and is meant for client authentication.
/// Whether a certificate is required is Kestrel's per-endpoint <c>ClientCertificateMode</c>.
/// </summary>
public static class ClientCertificateTrust
{
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    public static IWebHostBuilder UseClientCertificateTrust(this IWebHostBuilder builder) =>
        builder.ConfigureKestrel((context, kestrel) =>
        {
            var tls = context.Configuration.GetSection(TlsOptions.Section).Get<TlsOptions>() ?? new TlsOptions();
            if (string.IsNullOrEmpty(tls.ClientCaFile)) return;
            var authorities = LoadAuthorities(tls.ClientCaFile);
            kestrel.ConfigureHttpsDefaults(https =>
                https.ClientCertificateValidation = (certificate, _, _) => IsTrusted(certificate, authorities, tls.CheckRevocation));
        });

    public static X509Certificate2Collection LoadAuthorities(string pemFile)
    {
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(pemFile);
        if (authorities.Count == 0) throw new InvalidOperationException($"CodeSearch:Tls:ClientCaFile '{pemFile}' holds no certificate.");
        return authorities;
    }

    /// <summary>True when <paramref name="certificate"/> chains to one of <paramref name="authorities"/> for client authentication.</summary>
    public static bool IsTrusted(X509Certificate2 certificate, X509Certificate2Collection authorities, bool checkRevocation)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = checkRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuthentication);
        return chain.Build(certificate);
    }
}
