using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Demo;

public sealed class DemoUtilityTests
{
    private static IReadOnlyList<UtilityLine> Lines => DemoSets.Stationsgebied.UtilityLines;

    [Fact]
    public void Generate_UtilityLines_HaveDepthDiameterOwnerAndMaterialOfTheirKind()
    {
        foreach (var line in Lines)
        {
            var (depth, diameter, owners, materials) = line.UtilityKind switch
            {
                UtilityKind.Sewer => ((1.5, 3.5), (300.0, 800.0), new[] { "Gemeente Hilversum" }, new[] { "concrete", "PVC" }),
                UtilityKind.DrinkingWater => ((1.0, 1.0), (110, 200), ["Vitens"], ["PVC", "cast iron"]),
                UtilityKind.Gas => ((0.8, 0.8), (63, 160), ["Stedin"], ["PE", "steel"]),
                UtilityKind.Electricity => ((0.6, 1.0), (50, 150), ["Stedin"], ["XLPE cable"]),
                UtilityKind.Telecom => ((0.6, 0.6), (40, 110), ["KPN", "Eurofiber"], ["HDPE duct"]),
                _ => ((1.0, 1.2), (200, 400), ["Ennatuurlijk"], ["pre-insulated steel"]),
            };
            Assert.InRange(line.DepthOfTop, depth.Item1, depth.Item2);
            Assert.InRange(line.Diameter, diameter.Item1, diameter.Item2);
            Assert.Contains(line.Owner, owners);
            Assert.Contains(line.Material, materials);
        }
    }

    [Fact]
    public void Generate_UtilityLines_IncludeEveryKindWithHeatOnlyNearTheStation()
    {
        var kinds = Lines.Select(l => l.UtilityKind).ToHashSet();
        var heat = Lines.Where(l => l.UtilityKind == UtilityKind.DistrictHeating).ToList();

        Assert.Equal(Enum.GetValues<UtilityKind>().Length, kinds.Count);
        Assert.All(heat, l => Assert.True(l.Anchor.DistanceTo(DemoSets.Station) < 800, $"{l.Id} lies {l.Anchor.DistanceTo(DemoSets.Station):0} m from the station"));
        Assert.Contains(DemoSets.City.UtilityLines, l => l.UtilityKind == UtilityKind.Sewer && l.Anchor.DistanceTo(DemoSets.Station) > 2_000);
        Assert.DoesNotContain(DemoSets.City.UtilityLines, l => l.UtilityKind == UtilityKind.DistrictHeating && l.Anchor.DistanceTo(DemoSets.Station) > 800);
    }

    [Fact]
    public void Generate_UtilityLines_LieUnderMostStreets()
    {
        var set = DemoSets.Stationsgebied;
        var index = new NetTopologySuite.Index.Strtree.STRtree<UtilityLine>();
        foreach (var line in set.UtilityLines)
        {
            index.Insert(RdGeometry.ToNts(line.Centreline).EnvelopeInternal, line);
        }

        var served = set.StreetSegments.Count(s => index.Query(DemoSets.Around(RdGeometry.ToNts(s.Anchor), 15))
            .Any(l => l.UtilityKind == UtilityKind.Sewer && RdGeometry.ToNts(l.Centreline).Distance(RdGeometry.ToNts(s.Anchor)) < 1));

        Assert.True(served > set.StreetSegments.Length * 0.8, $"{served} of {set.StreetSegments.Length} segments have a sewer under them");
    }

    [Fact]
    public void Generate_UtilityLines_OffsetFromTheCentrelineByKind()
    {
        var index = DemoSets.Centrelines(DemoSets.Stationsgebied.StreetSegments);

        foreach (var line in Lines)
        {
            var anchor = RdGeometry.ToNts(line.Anchor);
            var distance = index.Query(DemoSets.Around(anchor, 20))
                .Where(s => AreParallel(s.Segment.Centreline, line.Centreline))
                .Min(s => s.Line.Distance(anchor));
            var (min, max) = line.UtilityKind switch
            {
                UtilityKind.Sewer => (0.0, 0.01),
                UtilityKind.DistrictHeating => (0.5, 8.0),
                _ => (2.5, 10.0),
            };
            Assert.True(distance >= min && distance <= max, $"{line.Id} ({line.UtilityKind}) lies {distance:0.00} m from the nearest centreline");
        }
    }

    private static bool AreParallel(RdLine a, RdLine b)
    {
        var (ax, ay) = (a[^1].X - a[0].X, a[^1].Y - a[0].Y);
        var (bx, by) = (b[^1].X - b[0].X, b[^1].Y - b[0].Y);
        return Math.Abs((ax * by) - (ay * bx)) < 0.01 * Math.Sqrt(((ax * ax) + (ay * ay)) * ((bx * bx) + (by * by)));
    }

    [Fact]
    public void Generate_UtilityLines_GroundLevelFollowsTheTerrain()
    {
        var set = DemoSets.Stationsgebied;
        var index = DemoSets.Footprints(set.Buildings);

        foreach (var line in set.UtilityLines.Where((_, i) => i % 5 == 0))
        {
            var anchor = RdGeometry.ToNts(line.Anchor);
            var nearby = index.Query(DemoSets.Around(anchor, 60)).Where(b => b.Building.Anchor.DistanceTo(line.Anchor) < 60).ToList();
            Assert.All(nearby, b => Assert.True(Math.Abs(b.Building.GroundLevel - line.GroundLevel) < 0.5, $"{line.Id} at {line.GroundLevel} m NAP, {b.Building.Id} at {b.Building.GroundLevel} m NAP"));
            Assert.InRange(line.GroundLevel, 4, 8);
        }
    }
}
