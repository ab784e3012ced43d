namespace Twin.Silo.Access;

/// <summary>A partner (a municipality, a sensor operator, a planning office): its scopes, keys and rate limit.</summary>
public sealed record PartnerSettings
{
    /// <summary>The partner's name as people know it, for logs ("Gemeente Amersfoort").</summary>
    public string Name { get; init; } = "";

    /// <summary>Any of read, plan, ingest, admin.</summary>
    public List<string> Scopes { get; init; } = [];

    /// <summary>Several keys at once make rotation possible: add the new key, move over, revoke the old one.</summary>
    public List<PartnerKeySettings> Keys { get; init; } = [];

    /// <summary>This partner's limit; absent: Twin:Access:RateLimit.</summary>
    public RateLimitSettings? RateLimit { get; init; }
}
