namespace Twin.Models.Demo;

/// <summary>
/// The independent random streams of the generator: each stage draws from its own, so a change to
/// how trees are planted does not move a single building.
/// </summary>
internal enum DemoStream
{
    Terrain = 1,
    StreetLines = 2,
    StreetNetwork = 3,
    Blocks = 4,
    Buildings = 5,
    Trees = 6,
    Utilities = 7,
}
