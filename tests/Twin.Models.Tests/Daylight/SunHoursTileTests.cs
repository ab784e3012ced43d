using System.Numerics;
using Twin.Models.Daylight;
using Twin.Models.Tests.Tiles;
using Twin.Models.Tiles;

namespace Twin.Models.Tests.Daylight;

/// <summary>Sun hours per facade on the 3D tiles: each LOD1 wall coloured by its own facade's value.</summary>
public sealed class SunHoursTileTests
{
    [Fact]
    public void Write_SunHoursPerFacadeLayer_WallsColouredPerFacade()
    {
        var address = TileSamples.BusiestTile;
        var building = TileSamples.Box("lone", TileSamples.Centre(address), 10, 10);
        var city = TileSamples.Set(building);
        var values = SunHoursLayers.MeanDailyHours(SunHours.Compute(city, DaylightSamples.Day(3, 20)));
        var layer = new ResultLayer(values.Info.Id, values.Info.Name, values.Info.Unit, values.Info.Kind, values.Values, ColorRamp.Sequential(values.Info.Min, values.Info.Max), values.FacadeValues);

        var content = GlbContent.Parse(TileGlbWriter.Write(address, city, TileDetail.ForLevel(10), layer).Bytes);

        var primitive = content.Primitive("building");
        var colors = primitive.GetVertexAccessor("COLOR_0").AsColorArray();
        var normals = primitive.GetVertexAccessor("NORMAL").AsVector3Array();
        var walls = Enumerable.Range(0, normals.Count)
            .Where(i => Math.Abs(normals[i].Y) < 0.1)
            .GroupBy(i => Facing(normals[i]))
            .ToDictionary(g => g.Key, g => g.Select(i => colors[i]).Distinct().ToList());
        Assert.Equal(["east", "north", "south", "west"], walls.Keys.Order());
        Assert.All(walls.Values, c => Assert.Single(c));
        // At the equinox the south wall gets about 12 hours, east and west about 6 (a few minutes apart), north none.
        var facades = values.FacadeValues!["lone"];
        Assert.Equal(facades.Distinct().Count(), walls.Values.Select(c => c[0]).Distinct().Count());
        Assert.True(facades.Distinct().Count() >= 3);
        Assert.True(walls["north"][0].Y > walls["east"][0].Y && walls["east"][0].Y > walls["south"][0].Y, "the sequential ramp's green falls from light (few hours) to dark (many)");
        var roof = Enumerable.Range(0, normals.Count).Where(i => normals[i].Y > 0.9).Select(i => colors[i]).Distinct().Single();
        // The roof has the building's mean (about 6 hours): neither the south wall's colour nor the north wall's.
        Assert.NotEqual(walls["south"][0], roof);
        Assert.NotEqual(walls["north"][0], roof);
    }

    [Fact]
    public void Write_PerEntityLayerWithoutFacades_WholeBuildingOneColour()
    {
        var address = TileSamples.BusiestTile;
        var building = TileSamples.Box("lone", TileSamples.Centre(address), 10, 10);
        var values = SunHoursLayers.MeanDailyHours(SunHours.Compute(TileSamples.Set(building), DaylightSamples.Day(3, 20)));
        var layer = new ResultLayer(values.Info.Id, values.Info.Name, values.Info.Unit, values.Info.Kind, values.Values, ColorRamp.Sequential(0, 12));

        var content = GlbContent.Parse(TileGlbWriter.Write(address, TileSamples.Set(building), TileDetail.ForLevel(10), layer).Bytes);

        Assert.Single(content.Primitive("building").GetVertexAccessor("COLOR_0").AsColorArray().Distinct());
    }

    /// <summary>The tile frame is east-north-up with glTF's y up: +x east, -z north.</summary>
    private static string Facing(Vector3 normal) =>
        Math.Abs(normal.X) > Math.Abs(normal.Z) ? (normal.X > 0 ? "east" : "west") : (normal.Z < 0 ? "north" : "south");
}
