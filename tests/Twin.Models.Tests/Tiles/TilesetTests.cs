using System.Text.Json;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Tests.Demo;
using Twin.Models.Tiles;

namespace Twin.Models.Tests.Tiles;

public sealed class TilesetTests
{
    private static readonly TilesetInfo Info = new("v42", a => $"{a.Level}/{a.X}/{a.Y}.glb", new Dictionary<string, object?> { ["scenario"] = "base" });

    private static IEnumerable<TileSummary> DemoSummaries() =>
        DemoSets.Stationsgebied.All()
            .GroupBy(e => TilingScheme.TileAt(e.Anchor))
            .Select(g =>
            {
                var set = CitySet.From(g);
                return new TileSummary(TileKey.Base(g.Key), set.Counts, set.Envelope, 1, HeightRange.Of(g));
            });

    [Fact]
    public void Plan_Demo_LeavesAreIndexTilesAndErrorsDecrease()
    {
        var summaries = DemoSummaries().ToList();

        var root = TilesetPlanner.Plan(summaries)!;

        var leaves = root.DescendantsAndSelf().Where(n => n.Children.IsDefaultOrEmpty).ToList();
        Assert.Equal(summaries.Select(s => s.Key.Address.ToString()).Order(), leaves.Select(l => l.Address.ToString()).Order());
        Assert.All(leaves, l => Assert.Equal(0, l.GeometricError));
        foreach (var node in root.DescendantsAndSelf())
        {
            Assert.All(node.Children, c => Assert.True(c.GeometricError < node.GeometricError, $"{c.Address} error {c.GeometricError} >= parent {node.GeometricError}"));
            Assert.All(node.Children, c => Assert.True(node.Bounds.Contains(c.Bounds)));
            Assert.Equal(node.Address.Level >= TileDetail.CoarsestContentLevel, node.HasContent);
        }
    }

    [Fact]
    public void Plan_NoContent_IsNull()
    {
        Assert.Null(TilesetPlanner.Plan([]));
    }

    [Fact]
    public void Write_Demo_RequiredFieldsAndRegionsNestInsideParents()
    {
        var root = TilesetPlanner.Plan(DemoSummaries())!;

        using var json = JsonDocument.Parse(TilesetWriter.Write(root, Info));

        var tileset = json.RootElement;
        Assert.Equal("1.1", tileset.GetProperty("asset").GetProperty("version").GetString());
        Assert.Equal("v42", tileset.GetProperty("asset").GetProperty("tilesetVersion").GetString());
        Assert.Equal("base", tileset.GetProperty("extras").GetProperty("scenario").GetString());
        Assert.Equal("REPLACE", tileset.GetProperty("root").GetProperty("refine").GetString());
        Assert.True(tileset.GetProperty("geometricError").GetDouble() > tileset.GetProperty("root").GetProperty("geometricError").GetDouble());
        var contents = CheckTile(tileset.GetProperty("root"), parent: null);
        Assert.Equal(root.DescendantsAndSelf().Count(n => n.HasContent), contents);
    }

    [Fact]
    public void Write_NestedContentTiles_TransformsComposeToEachTilesFrame()
    {
        var root = TilesetPlanner.Plan(DemoSummaries())!;
        var leaf = root.DescendantsAndSelf().First(n => n.Address.Level == 10);

        using var json = JsonDocument.Parse(TilesetWriter.Write(root, Info));

        var world = ComposedTransform(json.RootElement.GetProperty("root"), root, leaf.Address, null)!;
        var expected = TileFrame.EnuToEcef(leaf.Address);
        for (var i = 0; i < 16; i++)
        {
            Assert.Equal(expected[i], world[i], i >= 12 ? 4 : 9);
        }
    }

    [Fact]
    public void Write_LeafRegion_ContainsItsGlbContent()
    {
        var root = TilesetPlanner.Plan(DemoSummaries())!;
        var leaf = root.DescendantsAndSelf().First(n => n.Address == TileSamples.BusiestTile);
        var region = TileRegion.Of(leaf.Bounds, leaf.Heights);
        var content = GlbContent.Parse(TileGlbWriter.Write(leaf.Address, DemoSets.Stationsgebied, TileDetail.ForLevel(10)).Bytes);
        var matrix = TileFrame.EnuToEcef(leaf.Address);

        var vertices = content.Model.LogicalMeshes[0].Primitives.SelectMany(p => p.GetVertexAccessor("POSITION").AsVector3Array());
        var crowns = content.Model.LogicalNodes.Single(n => n.Name == "crowns").GetGpuInstancing();
        var crownTops = crowns.GetAccessor("TRANSLATION").AsVector3Array().Zip(crowns.GetAccessor("SCALE").AsVector3Array(), (t, s) => t + new System.Numerics.Vector3(0, s.Y, 0));
        {
            foreach (var p in vertices.Concat(crownTops))
            {
                var (e, n, u) = ((double)p.X, -(double)p.Z, (double)p.Y);
                var ecef = new EcefPoint(
                    matrix[12] + (e * matrix[0]) + (n * matrix[4]) + (u * matrix[8]),
                    matrix[13] + (e * matrix[1]) + (n * matrix[5]) + (u * matrix[9]),
                    matrix[14] + (e * matrix[2]) + (n * matrix[6]) + (u * matrix[10]));
                var geo = RdNew.FromEcef(ecef);
                var point = new TileRegion(geo.Longitude * Math.PI / 180, geo.Latitude * Math.PI / 180, geo.Longitude * Math.PI / 180, geo.Latitude * Math.PI / 180, geo.Height, geo.Height);
                Assert.True(region.Contains(point), $"vertex at {geo} lies outside the leaf's region {region}");
            }
        }
    }

    private static int CheckTile(JsonElement tile, TileRegion? parent)
    {
        Assert.True(tile.GetProperty("geometricError").GetDouble() >= 0);
        var r = tile.GetProperty("boundingVolume").GetProperty("region").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var region = new TileRegion(r[0], r[1], r[2], r[3], r[4], r[5]);
        Assert.True(region.West < region.East && region.South < region.North && region.MinHeight < region.MaxHeight);
        if (parent is { } p)
        {
            Assert.True(p.Contains(region), $"child region {region} is not inside its parent {p}");
        }

        var contents = 0;
        if (tile.TryGetProperty("content", out var content))
        {
            Assert.EndsWith(".glb", content.GetProperty("uri").GetString());
            Assert.Equal(16, tile.GetProperty("transform").GetArrayLength());
            contents++;
        }

        if (tile.TryGetProperty("children", out var children))
        {
            contents += children.EnumerateArray().Sum(c => CheckTile(c, region));
        }

        return contents;
    }

    private static double[]? ComposedTransform(JsonElement tile, TilesetNode node, TileAddress target, double[]? world)
    {
        if (tile.TryGetProperty("transform", out var transform))
        {
            var local = transform.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            world = world is null ? local : RigidMatrix.Multiply(world, local);
        }

        if (node.Address == target)
        {
            return world;
        }

        var children = tile.TryGetProperty("children", out var c) ? c.EnumerateArray().ToList() : [];
        for (var i = 0; i < children.Count; i++)
        {
            if (target.AncestorAt(node.Children[i].Address.Level) == node.Children[i].Address)
            {
                return ComposedTransform(children[i], node.Children[i], target, world);
            }
        }

        return null;
    }
}
