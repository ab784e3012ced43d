namespace Twin.Silo.Access;

/// <summary>TLS for Kestrel with a configured certificate: a PKCS#12 file (.pfx with Password) or PEM (certificate and KeyPath).</summary>
public sealed record TlsSettings
{
    /// <summary>The certificate: .pfx/.p12, or a PEM file (then KeyPath names its private key unless the PEM holds both).</summary>
    public string? CertificatePath { get; init; }

    /// <summary>The private key in PEM, when CertificatePath is a PEM certificate.</summary>
    public string? KeyPath { get; init; }

    /// <summary>The .pfx password, or the password of an encrypted PEM key.</summary>
    public string? Password { get; init; }

    /// <summary>Which ports speak TLS: Both (default), Grpc (HTTP left to a proxy in front) or Http.</summary>
    public TlsPorts Ports { get; init; } = TlsPorts.Both;

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);
}
