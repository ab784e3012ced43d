namespace Twin.Models.Demo;

/// <summary>
/// What the demo generator makes: the same options always give the same city, entity for entity.
/// </summary>
public sealed record DemoOptions
{
    public const int DefaultSeed = 2026;

    public static DemoOptions Default { get; } = new();

    /// <summary>Seeds every random choice; another seed gives another, equally plausible district.</summary>
    public int Seed { get; init; } = DefaultSeed;

    public DemoScale Scale { get; init; } = DemoScale.Stationsgebied;
}
