namespace Twin.Grains.Health;

/// <summary>When a storage probe last wrote.</summary>
[GenerateSerializer, Alias("twin.health.storage-probe-state")]
public sealed record StorageProbeState
{
    [Id(0)]
    public DateTimeOffset At { get; init; }
}
