using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Twin.Silo.Access;

/// <summary>
/// Partner access: the <c>Twin:Access</c> section of orleans.json. Keys, scopes, rate limits, TLS,
/// the audit log and the limits that protect the silo from bad or idle partners.
/// </summary>
public sealed record AccessSettings
{
    public const string Section = "Twin:Access";

    /// <summary>Open (the demo, with a warning in the log) or Keys (production).</summary>
    public AccessMode Mode { get; init; } = AccessMode.Open;

    /// <summary>
    /// A JSON file outside the repository with <c>{"Partners": {...}}</c> in the same shape as
    /// Twin:Access:Partners; read again within a second of a change, so rotation needs no restart.
    /// </summary>
    public string? KeyFile { get; init; }

    /// <summary>Partners given in configuration (environment variables, orleans.json); the key file adds to them and wins on the same id.</summary>
    public Dictionary<string, PartnerSettings> Partners { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The limit of a partner that names none of its own.</summary>
    [Required, ValidateObjectMembers]
    public RateLimitSettings RateLimit { get; init; } = new();

    /// <summary>A limit for callers without a key, per remote address; absent: none (a projector loads hundreds of tiles at once).</summary>
    [ValidateObjectMembers]
    public RateLimitSettings? AnonymousRateLimit { get; init; }

    /// <summary>Where the audit log of write calls goes, one JSON line each; absent: only the structured log.</summary>
    public string? AuditLog { get; init; }

    /// <summary>A client stream (Ingest, Import) that sends nothing for this long is ended with DEADLINE_EXCEEDED.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan IdleStreamTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest gRPC message the silo accepts (an import chunk is 1 MiB).</summary>
    [Range(64 * 1024, 256 * 1024 * 1024)]
    public int MaxReceiveMessageBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The largest HTTP request body (JSON reading batches are limited further, to 4 MiB).</summary>
    [Range(64 * 1024, 1024L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; init; } = 8 * 1024 * 1024;

    [Required]
    public TlsSettings Tls { get; init; } = new();
}
