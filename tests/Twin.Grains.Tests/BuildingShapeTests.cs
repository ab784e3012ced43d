using SharpGLTF.Schema2;
using Twin.Grains.City;
using Twin.Grains.Tiles;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.Tests;

/// <summary>A building with LOD2 surfaces through serialization, the entity grain's change detection, tile summaries and tile content.</summary>
public sealed class BuildingShapeTests(CityClusterFixture cluster)
{
    [Fact]
    public void Serializer_BuildingWithShape_RoundTripsToAnEqualCopy()
    {
        var area = TestArea.Next();
        var building = WithPyramid(area, "pyramid", apex: 20);

        var copy = cluster.Serializer.Deserialize<Building>(cluster.Serializer.SerializeToArray(building));

        Assert.NotNull(copy);
        Assert.NotSame(building.Shape, copy.Shape);
        Assert.Equal(building, copy);
    }

    [Fact]
    public async Task WriteAsync_EqualShapeFromAnotherImport_UnchangedAndAMovedVertexUpdates()
    {
        var area = TestArea.Next();
        await WriteAsync(area, WithPyramid(area, area.Dataset + "-b", apex: 20));

        var again = await WriteAsync(area, WithPyramid(area, area.Dataset + "-b", apex: 20));
        var moved = await WriteAsync(area, WithPyramid(area, area.Dataset + "-b", apex: 20.5));

        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 0), (moved.Created, moved.Updated, moved.Unchanged));
    }

    [Fact]
    public async Task WriteAsync_SameBlockWithoutShape_KeepsTheShapeUntilTheRoofHeightChanges()
    {
        var area = TestArea.Next();
        var building = WithPyramid(area, area.Dataset + "-b", apex: 20);
        await WriteAsync(area, building);

        var attributesOnly = await WriteAsync(area, building with { Shape = null });
        var kept = await cluster.Grains.GetEntityGrain<Building>(building.Id).GetAsync();
        var higher = await WriteAsync(area, building with { Shape = null, RoofHeight = building.RoofHeight + 1 });
        var dropped = await cluster.Grains.GetEntityGrain<Building>(building.Id).GetAsync();

        Assert.Equal(1, attributesOnly.Unchanged);
        Assert.Equal(CityPrecision.Normalize(building), kept);
        Assert.Equal(1, higher.Updated);
        Assert.Null(dropped!.Shape);
    }

    [Fact]
    public async Task Reactivation_BuildingWithShape_ReadsBackEqualAndTileHeightsReachTheApex()
    {
        var area = TestArea.Next();
        var building = WithPyramid(area, area.Dataset + "-b", apex: 27.25);
        await WriteAsync(area, building);
        var grain = cluster.Grains.GetEntityGrain<Building>(building.Id);

        await cluster.DeactivateAsync(grain);

        Assert.Equal(CityPrecision.Normalize(building), await grain.GetAsync());
        var summary = await cluster.Grains.GetTileGrain(TileKey.Base(TilingScheme.TileAt(building.Anchor))).GetSummaryAsync();
        Assert.Equal(27.25, summary.Heights.Max, 6);
    }

    [Fact]
    public async Task TileContent_BuildingWithShape_GlbShowsItsTriangles()
    {
        var area = TestArea.Next();
        var building = WithPyramid(area, area.Dataset + "-b", apex: 20);
        await WriteAsync(area, building);
        var key = new TileContentKey(area.Dataset, TileKey.BaseScenario, TilingScheme.TileAt(building.Anchor), null);

        var response = await cluster.Grains.GetGrain<ITileContentGrain>(key.ToString()).GetAsync(TileEncoding.Identity, null);

        Assert.Equal(TileResponseStatus.Ok, response.Status);
        var model = ModelRoot.ParseGLB(response.Body!);
        var triangles = model.LogicalMeshes.SelectMany(m => m.Primitives).Select(p => p.GetTriangleIndices().Count()).ToList();

        // The building primitive (6 pyramid triangles) and the ground; a LOD1 block would have 12.
        Assert.Contains(building.Shape!.TriangleCount, triangles);
        Assert.DoesNotContain(12, triangles);
    }

    /// <summary>A 10 m square building whose LOD2 shape is a pyramid: the base (ground) and four roof faces.</summary>
    private static Building WithPyramid(TestArea area, string id, double apex)
    {
        var building = area.Building(id, 100, 100);
        var (x, y, g) = (area.At(100, 100).X, area.At(100, 100).Y, building.GroundLevel);
        double[] vertices = [x, y, g, x + 10, y, g, x + 10, y + 10, g, x, y + 10, g, x + 5, y + 5, apex];
        int[] triangles = [0, 2, 1, 0, 3, 2, 0, 1, 4, 1, 2, 4, 2, 3, 4, 3, 0, 4];
        BuildingSurface[] surfaces = [BuildingSurface.Ground, BuildingSurface.Ground, BuildingSurface.Roof, BuildingSurface.Roof, BuildingSurface.Roof, BuildingSurface.Roof];
        return building with { Shape = new BuildingShape([.. vertices], [.. triangles], [.. surfaces], [0, 2, 3, 4, 5]) };
    }

    private async Task<CityWriteResult> WriteAsync(TestArea area, params ICityEntity[] entities) =>
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(entities), "test", cancellationToken: TestContext.Current.CancellationToken);
}
