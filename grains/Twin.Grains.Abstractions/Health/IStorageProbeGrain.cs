namespace Twin.Grains.Health;

/// <summary>
/// Writes a small record to every grain storage Twin uses, so a health check knows that state can be
/// persisted right now (Redis or Azure Table storage reachable, not just configured). Keyed by silo.
/// </summary>
[Alias("twin.health.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithStringKey
{
    /// <summary>Writes the probe records; throws what the storage throws.</summary>
    [Alias("probe")]
    Task ProbeAsync();
}
