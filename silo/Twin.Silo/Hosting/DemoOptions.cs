namespace Twin.Silo.Hosting;

/// <summary>Whether and how the silo seeds the synthetic Stationsgebied demo into an empty store.</summary>
public sealed record DemoOptions
{
    public bool SeedWhenEmpty { get; init; } = true;

    public int Seed { get; init; } = 2026;
}
