using System.ComponentModel.DataAnnotations;

namespace Twin.Silo.Access;

/// <summary>A token bucket: calls per second on average, and how many may come at once.</summary>
public sealed record RateLimitSettings
{
    /// <summary>Calls per second a partner may make on average (a stream counts as one call).</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; init; } = 100;

    /// <summary>Calls a partner may make at once after being quiet; at least PermitsPerSecond is sensible.</summary>
    [Range(1, 10_000_000)]
    public int Burst { get; init; } = 200;
}
