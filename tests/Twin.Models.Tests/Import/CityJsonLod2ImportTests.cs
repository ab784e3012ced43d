using Twin.Models.City;
using Twin.Models.Import;
using Twin.Models.Tests.City;

namespace Twin.Models.Tests.Import;

/// <summary>LoD2 surfaces from hand-made CityJSON: triangulated into a closed shape, typed, bad faces left out with a warning.</summary>
public sealed class CityJsonLod2ImportTests : IDisposable
{
    private const string Plan = "POLYGON ((140900 470900, 140910 470900, 140910 470908, 140900 470908, 140900 470900))";

    private static readonly ImportOptions Options = new() { ReferenceYear = 2025 };
    private static readonly GabledHouse House = new(140900, 470900, Ground: 1, Eaves: 7, Ridge: 10);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_GabledHouse_ClosedShapeWithRoofsWallsAndGround()
    {
        var result = Import(new CityJsonText().Block("b1", Plan, 1, 7).Lod2Solid("b1", House.Faces()));

        var shape = Assert.Single(result.Entities.Buildings).Shape;
        Assert.NotNull(shape);
        Assert.Equal((GabledHouse.FaceCount, GabledHouse.TriangleCount), (shape.FaceCount, shape.TriangleCount));
        var bySurface = ShapeChecks.TrianglesBySurface(shape);
        Assert.Equal((2, 10, 4), (bySurface[BuildingSurface.Ground], bySurface[BuildingSurface.Wall], bySurface[BuildingSurface.Roof]));
        ShapeChecks.AssertClosed(shape);
        Assert.Equal(House.Volume, ShapeChecks.SignedVolume(shape), 6);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Import_GabledHouse_LodOneFootprintAndHeightsAsWithoutLod2()
    {
        var withLod2 = Assert.Single(Import(new CityJsonText().Block("b1", Plan, 1, 7).Lod2Solid("b1", House.Faces())).Entities.Buildings);
        var lod1Only = Assert.Single(Import(new CityJsonText().Block("b1", Plan, 1, 10)).Entities.Buildings);

        Assert.Equal(lod1Only, withLod2 with { Shape = null });
        Assert.Equal(10, withLod2.Shape!.VertexCount);
        Assert.Equal(10, withLod2.Shape.Heights.Max, 6);
        Assert.Equal(1, withLod2.Shape.Heights.Min, 6);
    }

    [Fact]
    public void Import_FaceWithCollinearCorners_LeftOutWithWarningAndBuildingKept()
    {
        (double, double, double)[] line = [(140900, 470900, 1), (140905, 470900, 1), (140910, 470900, 1)];
        var result = Import(new CityJsonText().Block("b1", Plan, 1, 7).Lod2Solid("b1", [.. House.Faces(), ("WallSurface", [line])]));

        var building = Assert.Single(result.Entities.Buildings);
        Assert.Empty(result.Rejections);
        Assert.Equal(GabledHouse.FaceCount, building.Shape!.FaceCount);
        ShapeChecks.AssertClosed(building.Shape);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("b1", warning.FeatureId);
        Assert.Contains("surface 7 of the LoD 2.2 Solid", warning.Message, StringComparison.Ordinal);
        Assert.Contains("degenerate", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SelfIntersectingFace_LeftOutWithWarning()
    {
        (double, double, double)[] bowTie = [(140900, 470900, 12), (140910, 470908, 12), (140910, 470900, 12), (140900, 470904, 12)];
        var result = Import(new CityJsonText().Block("b1", Plan, 1, 7).Lod2Solid("b1", [.. House.Faces(), ("RoofSurface", [bowTie])]));

        Assert.Equal(GabledHouse.FaceCount, Assert.Single(result.Entities.Buildings).Shape!.FaceCount);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("not a valid polygon", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OnlyBadFaces_NoShapeAndTheBlockStays()
    {
        (double, double, double)[] line = [(140900, 470900, 1), (140905, 470900, 1), (140910, 470900, 1)];
        var result = Import(new CityJsonText().Block("b1", Plan, 1, 7).Lod2Solid("b1", ("WallSurface", [line])));

        var building = Assert.Single(result.Entities.Buildings);
        Assert.Null(building.Shape);
        Assert.Equal(2, result.Warnings.Length);
        Assert.Contains("LOD1 block", result.Warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RoofWithCourtyardHole_TriangulatedAroundTheHole()
    {
        // A flat-roofed block 20 x 20 m around a 6 x 6 m courtyard: the roof and the ground are faces with a hole.
        var (x, y, g, r) = (140900.0, 470900.0, 0.0, 9.0);
        (double, double)[] outer = [(x, y), (x + 20, y), (x + 20, y + 20), (x, y + 20)];
        (double, double)[] inner = [(x + 7, y + 7), (x + 13, y + 7), (x + 13, y + 13), (x + 7, y + 13)];
        var faces = new List<(string?, (double, double, double)[][])>
        {
            ("RoofSurface", [[.. outer.Select(p => (p.Item1, p.Item2, r))], [.. inner.Reverse().Select(p => (p.Item1, p.Item2, r))]]),
            ("GroundSurface", [[.. outer.Reverse().Select(p => (p.Item1, p.Item2, g))], [.. inner.Select(p => (p.Item1, p.Item2, g))]]),
        };
        faces.AddRange(Walls(outer, g, r, "WallSurface"));
        faces.AddRange(Walls([.. inner.Reverse()], g, r, "WallSurface"));

        var result = Import(new CityJsonText().Parent("b1").Lod2Solid("b1", [.. faces]));

        var shape = Assert.Single(result.Entities.Buildings).Shape!;
        Assert.Empty(result.Warnings);

        // A polygon of n corners and h holes cuts into n + 2h - 2 triangles: 8 + 2 - 2 for the roof and the ground.
        Assert.Equal((8 * 2) + 16, shape.TriangleCount);
        ShapeChecks.AssertClosed(shape);
        Assert.Equal(((20 * 20) - (6 * 6)) * 9, ShapeChecks.SignedVolume(shape), 6);
    }

    [Fact]
    public void Import_FacesWithoutSemantics_TypedByWhichWayTheyFace()
    {
        var faces = House.Faces().Select(f => ((string?)null, f.Rings)).ToArray();

        var shape = Assert.Single(Import(new CityJsonText().Block("b1", Plan, 1, 7).Lod2Solid("b1", faces)).Entities.Buildings).Shape!;

        var bySurface = ShapeChecks.TrianglesBySurface(shape);
        Assert.Equal((2, 10, 4), (bySurface[BuildingSurface.Ground], bySurface[BuildingSurface.Wall], bySurface[BuildingSurface.Roof]));
    }

    [Fact]
    public void Import_BuildingPartsWithLod2_OneShapeOfBothParts()
    {
        // A flat-roofed shed (ridge at the eaves) apart from the house: small enough for the footprint to keep the house only.
        var shed = House with { X = House.X + 15, Width = 1.5, Depth = 1.5, Ridge = House.Eaves };
        const string ShedPlan = "POLYGON ((140915 470900, 140916.5 470900, 140916.5 470901.5, 140915 470901.5, 140915 470900))";
        var text = new CityJsonText().Parent("b1")
            .Part("b1", "b1-0", Plan, 1, 7).Lod2Solid("b1-0", House.Faces())
            .Part("b1", "b1-1", ShedPlan, 1, 7).Lod2Solid("b1-1", shed.Faces());

        var shape = Assert.Single(Import(text).Entities.Buildings).Shape!;

        Assert.Equal((2 * GabledHouse.FaceCount, 2 * GabledHouse.TriangleCount), (shape.FaceCount, shape.TriangleCount));
        ShapeChecks.AssertClosed(shape);
        Assert.Equal(House.Volume + shed.Volume, ShapeChecks.SignedVolume(shape), 6);
    }

    [Fact]
    public void Import_SameFileTwice_ShapesEqualButNotTheSameInstance()
    {
        var path = _temp.Write("house.city.json", new CityJsonText().Block("b1", Plan, 1, 7).Lod2Solid("b1", House.Faces()).Document());

        var first = Assert.Single(CityImporter.Import(path, Options).Entities.Buildings);
        var second = Assert.Single(CityImporter.Import(path, Options).Entities.Buildings);

        Assert.NotSame(first.Shape, second.Shape);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        var moved = second.Shape! with { Vertices = second.Shape.Vertices.SetItem(2, second.Shape.Vertices[2] + 0.001) };
        Assert.NotEqual(first, second with { Shape = moved });
    }

    private static IEnumerable<(string?, (double, double, double)[][])> Walls((double X, double Y)[] ring, double ground, double roof, string type)
    {
        for (var i = 0; i < ring.Length; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Length]);
            yield return (type, [[(a.X, a.Y, ground), (b.X, b.Y, ground), (b.X, b.Y, roof), (a.X, a.Y, roof)]]);
        }
    }

    private ImportResult Import(CityJsonText text) => CityImporter.Import(_temp.Write("lod2.city.json", text.Document()), Options);
}
