using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.City;

/// <summary>A building's LOD2 shape as a value: equality by content, its reach in the envelope and height range, its validation and rounding.</summary>
public sealed class BuildingShapeTests
{
    private const double X0 = 140000;
    private const double Y0 = 470000;

    [Fact]
    public void Pyramid_ByHand_ClosedWithVolumeOfBaseTimesHeightOverThree()
    {
        var shape = Pyramid(ground: 2, apex: 14);

        ShapeChecks.AssertClosed(shape);
        Assert.Equal(10 * 10 * 12 / 3.0, ShapeChecks.SignedVolume(shape), 9);
        Assert.Equal((5, 6, 5), (shape.VertexCount, shape.TriangleCount, shape.FaceCount));
        Assert.Equal((0, 2), shape.FaceTriangles(0));
        Assert.Equal((5, 6), shape.FaceTriangles(4));
    }

    [Fact]
    public void Equals_SeparatelyBuiltCopies_EqualWithEqualHashCodes()
    {
        var (a, b) = (Pyramid(2, 14), Pyramid(2, 14));

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(Building(a), Building(b));
    }

    [Fact]
    public void Equals_AnyArrayDiffers_NotEqual()
    {
        var shape = Pyramid(2, 14);

        Assert.NotEqual(shape, shape with { Vertices = shape.Vertices.SetItem(14, 14.001) });
        Assert.NotEqual(shape, shape with { Triangles = shape.Triangles.SetItem(0, shape.Triangles[1]).SetItem(1, shape.Triangles[0]) });
        Assert.NotEqual(shape, shape with { Surfaces = shape.Surfaces.SetItem(5, BuildingSurface.Wall) });
        Assert.NotEqual(shape, shape with { FaceStarts = [0, 2, 3, 4] });
        Assert.NotEqual(Building(shape), Building(null));
    }

    [Fact]
    public void Building_ShapeAboveRoofAndBeyondFootprint_EnvelopeAndHeightsReachIt()
    {
        // A pyramid over an 11 m square base on a 10 m square footprint, its apex above the (70th percentile) roof height.
        var shape = Pyramid(2, 14, size: 11);
        var building = Building(shape) with { RoofHeight = 9 };

        Assert.Equal(new RdEnvelope(X0, Y0, X0 + 11, Y0 + 11), building.Envelope);
        Assert.Equal(new HeightRange(2, 14), HeightRange.Of([building]));
        Assert.Equal(new HeightRange(2, 9), HeightRange.Of([building with { Shape = null }]));
    }

    [Fact]
    public void Validate_WellFormedShape_NoProblems() => Assert.Empty(CityValidation.Validate(Building(Pyramid(2, 14))));

    [Theory]
    [InlineData("index")]
    [InlineData("surfaces")]
    [InlineData("faces")]
    [InlineData("vertices")]
    [InlineData("height")]
    public void Validate_BrokenShape_ShapeProblem(string broken)
    {
        var shape = Pyramid(2, 14);
        shape = broken switch
        {
            "index" => shape with { Triangles = shape.Triangles.SetItem(4, 5) },
            "surfaces" => shape with { Surfaces = shape.Surfaces.RemoveAt(0) },
            "faces" => shape with { FaceStarts = [1, 2, 3, 4, 5] },
            "vertices" => shape with { Vertices = shape.Vertices.RemoveAt(0) },
            _ => shape with { Vertices = shape.Vertices.SetItem(14, double.NaN) },
        };

        var problem = Assert.Single(CityValidation.Validate(Building(shape)));

        Assert.Equal("shape", problem.Field);
    }

    [Fact]
    public void Normalize_ShapeVertices_OnTheMillimetreGrid()
    {
        var shape = Pyramid(2.00049, 14.12345);

        var stored = CityPrecision.Normalize(Building(shape)).Shape!;

        Assert.Equal(2.0, stored.Vertex(0).Z);
        Assert.Equal(14.123, stored.Vertex(4).Z);
        Assert.Equal(shape.Triangles, stored.Triangles);
    }

    /// <summary>A square pyramid: the base (ground, two triangles) and four sloped roof faces, counter-clockwise seen from outside.</summary>
    private static BuildingShape Pyramid(double ground, double apex, double size = 10)
    {
        double[] vertices =
        [
            X0, Y0, ground, X0 + size, Y0, ground, X0 + size, Y0 + size, ground, X0, Y0 + size, ground,
            X0 + (size / 2), Y0 + (size / 2), apex,
        ];
        int[] triangles = [0, 2, 1, 0, 3, 2, 0, 1, 4, 1, 2, 4, 2, 3, 4, 3, 0, 4];
        BuildingSurface[] surfaces = [BuildingSurface.Ground, BuildingSurface.Ground, BuildingSurface.Roof, BuildingSurface.Roof, BuildingSurface.Roof, BuildingSurface.Roof];
        return new BuildingShape([.. vertices], [.. triangles], [.. surfaces], [0, 2, 3, 4, 5]);
    }

    private static Building Building(BuildingShape? shape)
    {
        var footprint = new RdPolygon(new RdLine(new(X0, Y0), new(X0 + 10, Y0), new(X0 + 10, Y0 + 10), new(X0, Y0 + 10), new(X0, Y0)));
        return new Building("b", footprint, 2, 14, 4, BuildingUse.Woonfunctie, 2001, 8, shape);
    }
}
