namespace Twin.Models.Geo;

/// <summary>A cell of the RD New quadtree: level 0 is the root, x grows east, y grows north.</summary>
[GenerateSerializer, Immutable, Alias("twin.geo.tile-address")]
public readonly record struct TileAddress([property: Id(0)] int Level, [property: Id(1)] int X, [property: Id(2)] int Y)
{
    public bool IsValid => Level is >= 0 and <= TilingScheme.MaxLevel && X >= 0 && Y >= 0 && X < 1 << Level && Y < 1 << Level;

    public TileAddress Parent => Level == 0 ? this : new TileAddress(Level - 1, X >> 1, Y >> 1);

    /// <summary>The ancestor (or this tile) at a coarser level.</summary>
    public TileAddress AncestorAt(int level) =>
        level >= Level ? this : new TileAddress(level, X >> (Level - level), Y >> (Level - level));

    public override string ToString() => $"{Level}/{X}/{Y}";
}
