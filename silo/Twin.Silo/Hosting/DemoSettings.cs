using Twin.Models.Demo;

namespace Twin.Silo.Hosting;

/// <summary>Whether and how the silo seeds the synthetic demo into an empty store (Twin:Demo).</summary>
public sealed record DemoSettings
{
    public bool SeedWhenEmpty { get; init; } = true;

    public int Seed { get; init; } = Twin.Models.Demo.DemoOptions.DefaultSeed;

    /// <summary>Stationsgebied (about 5,000 entities) for participation sessions; City (about 100,000) for load tests.</summary>
    public DemoScale Scale { get; init; } = DemoScale.Stationsgebied;

    /// <summary>Simulated readings for the demo's cameras, druktemeter counters and air sensors, marked as simulated.</summary>
    public Twin.Silo.Sensors.SimulatedFeedSettings SimulatedFeed { get; init; } = new();
}
