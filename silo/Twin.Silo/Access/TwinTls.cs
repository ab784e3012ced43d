using System.Security.Cryptography.X509Certificates;

namespace Twin.Silo.Access;

/// <summary>The certificate of Twin:Access:Tls: PKCS#12 (.pfx/.p12, with Password) or PEM (certificate, and KeyPath unless the PEM holds the key).</summary>
public static class TwinTls
{
    public static X509Certificate2 Load(TlsSettings tls)
    {
        var path = tls.CertificatePath ?? throw new InvalidOperationException("Twin:Access:Tls:CertificatePath is empty");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Twin:Access:Tls:CertificatePath '{path}' does not exist", path);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".pfx" or ".p12")
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, tls.Password);
        }

        var key = string.IsNullOrWhiteSpace(tls.KeyPath) ? null : tls.KeyPath;
        var certificate = string.IsNullOrEmpty(tls.Password)
            ? X509Certificate2.CreateFromPemFile(path, key)
            : X509Certificate2.CreateFromEncryptedPemFile(path, tls.Password, key);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"the certificate '{path}' has no private key: set Twin:Access:Tls:KeyPath");
        }

        // Kestrel on some platforms needs the key in a persisted form; a PKCS#12 round trip gives it that.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
