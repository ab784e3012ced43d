using System.Text.RegularExpressions;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Demo;

public sealed partial class DemoTreeTests
{
    private static IReadOnlyList<Tree> Trees => DemoSets.Stationsgebied.Trees;

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_Trees_StandOutsideBuildings(DemoScale scale)
    {
        var set = DemoSets.Of(scale);
        var index = DemoSets.Footprints(set.Buildings);

        var inside = set.Trees
            .Where(t => index.Query(RdGeometry.ToNts(t.Location).EnvelopeInternal).Any(b => b.Footprint.Intersects(RdGeometry.ToNts(t.Location))))
            .Select(t => t.Id)
            .Take(5);

        Assert.Empty(inside);
    }

    [Fact]
    public void Generate_Trees_StandBesideTheCarriageway()
    {
        var index = DemoSets.Centrelines(DemoSets.Stationsgebied.StreetSegments);

        var onRoad = Trees
            .SelectMany(t => index.Query(DemoSets.Around(RdGeometry.ToNts(t.Location), 20))
                .Where(s => s.Line.Distance(RdGeometry.ToNts(t.Location)) < (s.Segment.Width / 2) + 0.5)
                .Select(s => $"{t.Id} on {s.Segment.Id}"))
            .Take(5);

        Assert.Empty(onRoad);
    }

    [Fact]
    public void Generate_Trees_AlongStreetsAndInParks()
    {
        var index = DemoSets.Centrelines(DemoSets.Stationsgebied.StreetSegments);
        var alongStreets = Trees.Count(t => index.Query(DemoSets.Around(RdGeometry.ToNts(t.Location), 10))
            .Any(s => s.Line.Distance(RdGeometry.ToNts(t.Location)) < 10));

        Assert.InRange(alongStreets, Trees.Count / 2, Trees.Count - 100);
    }

    [Fact]
    public void Generate_Trees_HavePlausibleSizes()
    {
        Assert.All(Trees, t =>
        {
            Assert.InRange(t.Height, 5, 28);
            Assert.InRange(t.CrownDiameter / t.Height, 0.3, 0.9);
            Assert.InRange(t.TrunkCircumference ?? 0, 15, 500);
            Assert.Equal(TreeDimensionsSource.Measured, t.DimensionsSource);
        });
        var old = Trees.Where(t => t.PlantingYear < 1950).Average(t => t.TrunkCircumference ?? 0);
        var young = Trees.Where(t => t.PlantingYear > 1995).Average(t => t.TrunkCircumference ?? 0);
        Assert.True(old > young, $"old trees average {old:0} cm girth, young {young:0} cm");
    }

    [Fact]
    public void Generate_Trees_HaveScientificNamesOfCommonStreetTrees()
    {
        var genera = Trees.Select(t => t.Species.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        string[] common = ["Tilia", "Quercus", "Platanus", "Acer", "Fraxinus", "Betula", "Fagus", "Aesculus"];

        Assert.All(Trees, t => Assert.Matches(ScientificName(), t.Species));
        Assert.All(common, genus => Assert.Contains(genus, genera));
    }

    [Fact]
    public void Generate_Trees_ProtectedInSpecifiedShares()
    {
        double Share(TreeProtection protection) => Trees.Count(t => t.Protection == protection) / (double)Trees.Count;

        Assert.InRange(Share(TreeProtection.Valuable), 0.07, 0.13);
        Assert.InRange(Share(TreeProtection.Monumental), 0.015, 0.05);
        Assert.InRange(Trees.Count(t => t.Protection == TreeProtection.Memorial), 1, Trees.Count / 50);
    }

    [Fact]
    public void Generate_ProtectedTrees_HaveScoresAndAge()
    {
        Assert.All(Trees, t => Assert.Equal(t.Protection != TreeProtection.None, t.ProtectionScore is not null));
        Assert.All(Trees.Where(t => t.ProtectionScore is not null), t => Assert.InRange(t.ProtectionScore!.Value, 1, 100));
        Assert.All(Trees.Where(t => t.Protection == TreeProtection.Monumental), t => Assert.InRange(t.PlantingYear ?? 0, 1800, TreeRegister.SurveyYear - 80));
        Assert.All(Trees, t => Assert.InRange(t.PlantingYear ?? 0, 1800, TreeRegister.SurveyYear - 1));
    }

    [GeneratedRegex("^[A-Z][a-z]+( x)? [a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ScientificName();
}
