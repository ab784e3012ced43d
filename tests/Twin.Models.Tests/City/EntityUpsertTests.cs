using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.City;

/// <summary>An upsert without LOD2 surfaces keeps the stored ones only while the LOD1 block stays the same.</summary>
public sealed class EntityUpsertTests
{
    private static readonly BuildingShape Shape = new(
        [140000, 470000, 2, 140010, 470000, 2, 140010, 470010, 2, 140000, 470010, 2, 140005, 470005, 14],
        [0, 2, 1, 0, 3, 2, 0, 1, 4, 1, 2, 4, 2, 3, 4, 3, 0, 4],
        [BuildingSurface.Ground, BuildingSurface.Ground, BuildingSurface.Roof, BuildingSurface.Roof, BuildingSurface.Roof, BuildingSurface.Roof],
        [0, 2, 3, 4, 5]);

    private static readonly Building Stored = new(
        "b", new RdPolygon(new RdLine(new(140000, 470000), new(140010, 470000), new(140010, 470010), new(140000, 470010), new(140000, 470000))),
        2, 12, 4, BuildingUse.Woonfunctie, 2001, 8, Shape);

    [Fact]
    public void Resolve_AttributesEditedWithoutShape_KeepsTheStoredShape()
    {
        var edited = Stored with { Shape = null, Dwellings = 12 };

        var resolved = EntityUpsert.Resolve(Stored, edited);

        Assert.Equal(Stored with { Dwellings = 12 }, resolved);
    }

    [Fact]
    public void Resolve_OtherRoofHeightOrFootprintWithoutShape_DropsTheShape()
    {
        var higher = Stored with { Shape = null, RoofHeight = 13 };
        var moved = Stored with { Shape = null, Footprint = new RdPolygon(new RdLine(Stored.Footprint.Shell.Points.Select(p => new RdPoint(p.X + 1, p.Y)).ToArray())) };

        Assert.Null(EntityUpsert.Resolve(Stored, higher).Shape);
        Assert.Null(EntityUpsert.Resolve(Stored, moved).Shape);
    }

    [Fact]
    public void Resolve_NewShape_ReplacesTheStoredOne()
    {
        var other = Shape with { Vertices = Shape.Vertices.SetItem(14, 15) };

        Assert.Equal(other, EntityUpsert.Resolve(Stored, Stored with { Shape = other }).Shape);
    }

    [Fact]
    public void Resolve_NothingStored_TheIncomingEntityOnTheMillimetreGrid()
    {
        var incoming = Stored with { Shape = Shape with { Vertices = Shape.Vertices.SetItem(0, 140000.0004) } };

        var resolved = EntityUpsert.Resolve(null, incoming);

        Assert.Equal(Stored, resolved);
        Assert.Equal(ImmutableArray.Create(140000.0, 470000, 2), resolved.Shape!.Vertices[..3]);
    }
}
