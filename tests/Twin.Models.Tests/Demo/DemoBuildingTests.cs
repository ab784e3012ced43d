using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Demo;

public sealed class DemoBuildingTests
{
    private static IReadOnlyList<Building> Buildings => DemoSets.Stationsgebied.Buildings;

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_Footprints_DoNotOverlapEachOther(DemoScale scale)
    {
        var buildings = DemoSets.Of(scale).Buildings;
        var index = DemoSets.Footprints(buildings);
        var overlaps = new List<string>();
        foreach (var building in scale == DemoScale.City ? buildings.Where((_, i) => i % 4 == 0) : buildings)
        {
            var footprint = RdGeometry.ToNts(building.Footprint);
            foreach (var (other, otherFootprint) in index.Query(footprint.EnvelopeInternal))
            {
                if (other.Id != building.Id && footprint.Intersects(otherFootprint) && footprint.Intersection(otherFootprint).Area >= 0.01)
                {
                    overlaps.Add($"{building.Id} overlaps {other.Id}");
                }
            }
        }

        Assert.Empty(overlaps.Take(5));
    }

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_Footprints_StayOffStreetCentrelines(DemoScale scale)
    {
        var set = DemoSets.Of(scale);
        var index = DemoSets.Footprints(set.Buildings);

        var crossed = set.StreetSegments
            .SelectMany(s => index.Query(RdGeometry.ToNts(s.Centreline).EnvelopeInternal)
                .Where(b => b.Footprint.Intersects(RdGeometry.ToNts(s.Centreline)))
                .Select(b => $"{b.Building.Id} on {s.Id} ({s.StreetName})"))
            .Take(5)
            .ToList();

        Assert.Empty(crossed);
    }

    [Fact]
    public void Generate_Railway_HoldsNoBuildingButTheStation()
    {
        var angle = DemoDistrict.RailwayRotationDegrees * Math.PI / 180;
        var (alongX, alongY) = (-Math.Sin(angle), Math.Cos(angle));
        double FromAxis(RdPoint p) => Math.Abs(((p.X - DemoSets.Station.X) * alongY) - ((p.Y - DemoSets.Station.Y) * alongX));

        var onRailway = Buildings.Where(b => b.Footprint.Shell.Points.Any(p => FromAxis(p) < StreetLayout.RailwayHalfWidth)).ToList();
        var station = Buildings.Where(b => b.Anchor.DistanceTo(DemoSets.Station) < 60).ToList();

        Assert.Empty(onRailway.Select(b => b.Id));
        Assert.Single(station);
        Assert.True(FromAxis(station[0].Anchor) < 60, "the station building stands beside the tracks");
    }

    [Fact]
    public void Generate_Heights_RoofIsGroundPlusHeightAndStoreysAboutAThird()
    {
        Assert.All(Buildings, b =>
        {
            Assert.InRange(b.Height, 3, 100);
            Assert.InRange(b.Storeys, 1, 40);
            Assert.True(Math.Abs(b.Storeys - (b.Height / 3)) <= 1, $"{b.Id}: {b.Storeys} storeys in {b.Height:0.0} m");
        });
    }

    [Fact]
    public void Generate_GroundLevels_VarySmoothlyBetweenFourAndEightMetres()
    {
        Assert.All(Buildings, b => Assert.InRange(b.GroundLevel, 4, 8));
        Assert.True(Buildings.Max(b => b.GroundLevel) - Buildings.Min(b => b.GroundLevel) > 1, "ground level varies");

        var index = DemoSets.Footprints(Buildings);
        foreach (var building in Buildings)
        {
            var neighbours = index.Query(DemoSets.Around(RdGeometry.ToNts(building.Footprint), 60))
                .Where(n => n.Building.Anchor.DistanceTo(building.Anchor) < 60);
            Assert.All(neighbours, n => Assert.True(Math.Abs(n.Building.GroundLevel - building.GroundLevel) < 0.5, $"{building.Id} and {n.Building.Id} differ by 0.5 m or more within 60 m"));
        }
    }

    [Fact]
    public void Generate_Uses_MostlyResidentialWithEveryListedUse()
    {
        var uses = Buildings.GroupBy(b => b.Use).ToDictionary(g => g.Key, g => g.Count());
        BuildingUse[] listed =
        [
            BuildingUse.Kantoorfunctie, BuildingUse.Winkelfunctie, BuildingUse.Onderwijsfunctie, BuildingUse.Bijeenkomstfunctie,
            BuildingUse.Gezondheidszorgfunctie, BuildingUse.Sportfunctie, BuildingUse.Logiesfunctie,
        ];

        Assert.True(uses[BuildingUse.Woonfunctie] > Buildings.Count / 2, $"{uses[BuildingUse.Woonfunctie]} of {Buildings.Count} residential");
        Assert.All(listed, use => Assert.True(uses.GetValueOrDefault(use) > 0, $"no {use}"));
    }

    [Fact]
    public void Generate_ShopsAndOffices_GatherNearStationAndCentre()
    {
        double MeanDistance(BuildingUse use) => Buildings.Where(b => b.Use == use).Average(b => b.Anchor.DistanceTo(DemoSets.Station));

        var residential = MeanDistance(BuildingUse.Woonfunctie);

        Assert.True(MeanDistance(BuildingUse.Kantoorfunctie) < residential, "offices are nearer the station than homes");
        Assert.True(MeanDistance(BuildingUse.Winkelfunctie) < residential, "shops are nearer the station than homes");
    }

    [Fact]
    public void Generate_Heights_PlausibleForUseWithAFewLandmarks()
    {
        var landmarks = Buildings.Where(b => b.Height > 45).ToList();
        var ordinary = Buildings.Except(landmarks).ToList();
        var offices = ordinary.Where(b => b.Use == BuildingUse.Kantoorfunctie && b.Anchor.DistanceTo(DemoSets.Station) < 300).ToList();

        Assert.InRange(landmarks.Count, 1, 5);
        Assert.NotEmpty(offices);
        // Heights are roof minus ground level, both rounded to centimetres.
        Assert.All(offices, b => Assert.InRange(Math.Round(b.Height, 2), 15, 45));
        Assert.All(ordinary.Where(b => b.Use == BuildingUse.Woonfunctie), b => Assert.InRange(Math.Round(b.Height, 2), 7, 25));
        Assert.Contains(ordinary, b => b.Use == BuildingUse.Woonfunctie && b.Height is >= 8 and <= 11);
        Assert.Contains(ordinary, b => b.Use == BuildingUse.Woonfunctie && b.Height is >= 12 and <= 25);
    }

    [Fact]
    public void Generate_ConstructionYears_Span1880To2024()
    {
        var years = Buildings.Select(b => b.ConstructionYear ?? 0).ToList();

        Assert.All(years, y => Assert.InRange(y, 1880, 2024));
        Assert.True(years.Min() < 1920 && years.Max() > 2000, $"years {years.Min()}..{years.Max()}");
    }

    [Fact]
    public void Generate_Dwellings_FollowUseAndFloorArea()
    {
        Assert.All(Buildings.Where(b => b.Use != BuildingUse.Woonfunctie), b => Assert.Equal(0, b.Dwellings));
        Assert.All(Buildings.Where(b => b.Use == BuildingUse.Woonfunctie), b =>
        {
            Assert.True(b.Dwellings >= 1, $"{b.Id} has no dwellings");
            Assert.InRange(b.GrossFloorArea / b.Dwellings, 25, 750);
        });
    }

    [Fact]
    public void Generate_Footprints_AreRectanglesOrLShapes()
    {
        Assert.All(Buildings, b => Assert.True(b.Footprint.Shell.Count is 5 or 7, $"{b.Id} has {b.Footprint.Shell.Count - 1} corners"));
        Assert.Contains(Buildings, b => b.Footprint.Shell.Count == 7);
    }
}
