using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Tests.Demo;

namespace Twin.Models.Tests.Tiles;

/// <summary>Tiles and small hand-made sets for the tile tests.</summary>
internal static class TileSamples
{
    /// <summary>The level-10 tile that holds the most buildings of the Stationsgebied demo.</summary>
    public static TileAddress BusiestTile { get; } = DemoSets.Stationsgebied.Buildings
        .GroupBy(b => TilingScheme.TileAt(b.Anchor))
        .OrderByDescending(g => g.Count())
        .First().Key;

    public static RdPoint Centre(TileAddress address) => TilingScheme.Bounds(address).Centre;

    public static Building Box(string id, RdPoint at, double width, double depth, double ground = 2, double roof = 12) =>
        Building(id, Polygon(at, (0, 0), (width, 0), (width, depth), (0, depth)), ground, roof);

    public static Building Building(string id, RdPolygon footprint, double ground = 2, double roof = 12) =>
        new(id, footprint, ground, roof, 3, BuildingUse.Woonfunctie, 1990, 4);

    public static RdPolygon Polygon(RdPoint origin, params (double X, double Y)[] corners)
    {
        var points = corners.Select(c => new RdPoint(origin.X + c.X, origin.Y + c.Y)).ToList();
        points.Add(points[0]);
        return new RdPolygon(new RdLine(points.ToArray()));
    }

    public static RdLine Ring(RdPoint origin, params (double X, double Y)[] corners) => Polygon(origin, corners).Shell;

    public static CitySet Set(params ICityEntity[] entities) => CitySet.From(entities);

    public static Tree Tree(string id, RdPoint at, double height = 12, double crown = 6) =>
        new(id, "Tilia x europaea", at, height, crown, 120, 1975, TreeProtection.None, null, TreeDimensionsSource.Measured);

    public static ImmutableArray<T> Array<T>(params T[] items) => [.. items];
}
