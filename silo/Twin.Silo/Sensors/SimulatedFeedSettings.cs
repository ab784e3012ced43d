using System.ComponentModel.DataAnnotations;

namespace Twin.Silo.Sensors;

/// <summary>
/// The demo's simulated sensor feed (Twin:Demo:SimulatedFeed): on or off, how often it sends, and how
/// many hours of history it fills in at start so hourly series are there at once.
/// </summary>
public sealed record SimulatedFeedSettings
{
    public bool Enabled { get; init; } = true;

    [Range(1, 3600)]
    public int IntervalSeconds { get; init; } = 10;

    [Range(0, 24 * 30)]
    public int BackfillHours { get; init; } = 48;
}
