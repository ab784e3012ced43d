using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.Tests;

/// <summary>
/// A patch of RD New of its own for one test, with a dataset id of its own: tile grains are keyed
/// by place, so tests that share a cluster stay apart by writing in different places.
/// </summary>
public sealed class TestArea
{
    private static int _next;

    private TestArea(int index)
    {
        Origin = new RdPoint(20_000 + ((index % 40) * 6_000), 320_000 + ((index / 40) * 6_000));
        Dataset = $"test-{index}";
    }

    public RdPoint Origin { get; }

    public string Dataset { get; }

    /// <summary>A box around the whole area (5 km square).</summary>
    public RdEnvelope Box => new(Origin.X, Origin.Y, Origin.X + 5_000, Origin.Y + 5_000);

    public static TestArea Next() => new(Interlocked.Increment(ref _next));

    public RdPoint At(double east, double north) => new(Origin.X + east, Origin.Y + north);

    public Building Building(string id, double east, double north, double size = 10, double roof = 12) =>
        new(id, Square(east, north, size), 2.0, roof, 3, BuildingUse.Woonfunctie, 1930, 4);

    public Tree Tree(string id, double east, double north) =>
        new(id, "Tilia x europaea", At(east, north), 14, 8, 120, 1975, TreeProtection.None, null, TreeDimensionsSource.Measured);

    public StreetSegment Street(string id, (double East, double North) from, (double East, double North) to) =>
        new(id, new RdLine(At(from.East, from.North), At(to.East, to.North)), id + "-a", id + "-b", 1, 30, 800, RoadClass.Residential, false, "Snelliuslaan", 6);

    public RdPolygon Square(double east, double north, double size)
    {
        var a = At(east, north);
        return new RdPolygon(new RdLine(
            a, new RdPoint(a.X + size, a.Y), new RdPoint(a.X + size, a.Y + size), new RdPoint(a.X, a.Y + size), a));
    }

    public static CitySet Set(params ICityEntity[] entities) => CitySet.From(entities);

    public static ImmutableArray<ICityEntity> All(CitySet set) => [.. set.All()];
}
