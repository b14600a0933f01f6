using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// Certificates made at test time: a CA, a server certificate for 127.0.0.1/localhost and a client certificate it
/// signed, plus a client certificate from a second, untrusted CA. Valid from yesterday to tomorrow.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    public const string ClientSubject = "CN=batch-client, O=CodeSearch Tests";
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");

    private TestCertificates(X509Certificate2 ca, X509Certificate2 server, X509Certificate2 client, X509Certificate2 stranger)
    {
        Ca = ca;
        Server = server;
        Client = client;
        Stranger = stranger;
    }

    public X509Certificate2 Ca { get; }
    public X509Certificate2 Server { get; }
    public X509Certificate2 Client { get; }

    /// <summary>A client certificate signed by a CA the server does not trust.</summary>
    public X509Certificate2 Stranger { get; }

    public static TestCertificates Create()
    {
        var ca = Authority("CN=CodeSearch Test CA");
        var otherCa = Authority("CN=Someone Else's CA");
        var server = Leaf("CN=localhost", ca, ServerAuth, san =>
        {
            san.AddIpAddress(IPAddress.Loopback);
            san.AddDnsName("localhost");
        });
        var client = Leaf(ClientSubject, ca, ClientAuth, null);
        var stranger = Leaf(ClientSubject, otherCa, ClientAuth, null);
        otherCa.Dispose();
        return new TestCertificates(ca, server, client, stranger);
    }

    /// <summary>Writes the server certificate with its key (PKCS#12) and the CA (PEM); returns their paths.</summary>
    public (string ServerPfx, string CaPem) WriteFiles(string directory, string password)
    {
        var pfx = Path.Combine(directory, "server.pfx");
        var pem = Path.Combine(directory, "client-ca.pem");
        File.WriteAllBytes(pfx, Server.Export(X509ContentType.Pkcs12, password));
        File.WriteAllText(pem, Ca.ExportCertificatePem());
        return (pfx, pem);
    }

    public void Dispose()
    {
        Ca.Dispose();
        Server.Dispose();
        Client.Dispose();
        Stranger.Dispose();
    }

    private static X509Certificate2 Authority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    private static X509Certificate2 Leaf(string subject, X509Certificate2 issuer, Oid usage, Action<SubjectAlternativeNameBuilder>? names)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        if (names is not null)
        {
            var san = new SubjectAlternativeNameBuilder();
            names(san);
            request.CertificateExtensions.Add(san.Build());
        }
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var issued = request.Create(issuer, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        // A PKCS#12 round trip gives a certificate whose key SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12, ""), "");
    }
}
