namespace Twin.Silo.Access;

/// <summary>One API key of a partner, stored only as the SHA-256 of the key (64 hex digits).</summary>
public sealed record PartnerKeySettings
{
    /// <summary>A name for the key that is not secret (for example "2026-01"): it appears in the audit log.</summary>
    public string Id { get; init; } = "";

    /// <summary>SHA-256 of the key's UTF-8 text, lower- or upper-case hex; <c>twin keys new</c> prints it.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>A revoked key is refused at once (Unauthenticated), as if it never existed.</summary>
    public bool Revoked { get; init; }

    /// <summary>After this instant the key is refused: a rotation window closes by itself.</summary>
    public DateTimeOffset? Expires { get; init; }
}
