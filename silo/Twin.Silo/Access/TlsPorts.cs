namespace Twin.Silo.Access;

/// <summary>The ports TLS is switched on for.</summary>
public enum TlsPorts
{
    Both,
    Grpc,
    Http,
}
