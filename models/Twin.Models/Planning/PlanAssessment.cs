using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Traffic;

namespace Twin.Models.Planning;

/// <summary>
/// Works out a proposal's planning indicators: the figures of today and of the proposal within a
/// plan area (<see cref="PlanMeasures"/>) and what the proposal does to trees and utility lines
/// (<see cref="PlanImpact"/>). Pure: the cities go in, the indicators come out.
/// </summary>
public static class PlanAssessment
{
    private const int CrownQuadrantSegments = 8;

    public static PlanIndicators Assess(CitySet today, CitySet planned, RdPolygon area, PlanningRules rules)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(rules);
        return new PlanIndicators(area, Measure(today, area, rules), Measure(planned, area, rules), Impact(today, planned, rules));
    }

    /// <summary>The planning figures of one state of the city within a plan area.</summary>
    public static PlanMeasures Measure(CitySet city, RdPolygon area, PlanningRules rules)
    {
        ArgumentNullException.ThrowIfNull(city);
        var boundary = RdGeometry.ToNts(area);
        var inside = PreparedGeometryFactory.Prepare(boundary);
        var box = area.Envelope;
        var buildings = city.Buildings.Where(b => box.Contains(b.Anchor) && inside.Covers(RdGeometry.ToNts(b.Anchor))).ToList();
        var byUse = buildings.GroupBy(b => b.Use)
            .Select(g => new UseFloorArea(g.Key, g.Sum(b => b.GrossFloorArea), g.Count()))
            .OrderBy(u => u.Use)
            .ToImmutableArray();
        var planArea = boundary.Area;
        var floorArea = byUse.Sum(u => u.FloorArea);
        var jobs = byUse.Sum(u => rules.FloorAreaPerJob.TryGetValue(u.Use, out var perJob) ? u.FloorArea / perJob : 0);
        var trees = city.Trees.Where(t => box.Contains(t.Location) && inside.Covers(RdGeometry.ToNts(t.Location))).ToList();
        var footprints = city.Buildings.Where(b => b.Footprint.Envelope.Intersects(box)).Select(b => (Geometry)RdGeometry.ToNts(b.Footprint));
        var crowns = city.Trees.Where(t => t.Envelope.Intersects(box) && t.CrownDiameter > 0).Select(Crown);
        var dayTrips = buildings.Sum(b => Total(rules.TripRates.Trips(b, DemandPeriod.Day)));
        var peakTrips = buildings.Sum(b => Total(rules.TripRates.Trips(b, DemandPeriod.MorningPeakHour)));
        return new PlanMeasures(
            planArea,
            byUse,
            floorArea,
            buildings.Count,
            buildings.Sum(b => b.Dwellings),
            jobs,
            planArea > 0 ? floorArea / planArea : 0,
            planArea > 0 ? CoveredArea(footprints, boundary) / planArea : 0,
            trees.Count,
            trees.Count(t => t.IsProtected),
            CoveredArea(crowns, boundary),
            dayTrips,
            peakTrips);
    }

    /// <summary>What the planned city does that today's does not: new buildings, trees felled or affected, foundations meeting utility lines.</summary>
    public static PlanImpact Impact(CitySet today, CitySet planned, PlanningRules rules)
    {
        ArgumentNullException.ThrowIfNull(today);
        ArgumentNullException.ThrowIfNull(planned);
        var existing = today.Buildings.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var newBuildings = planned.Buildings.Where(b => !existing.Contains(b.Id)).ToList();
        var standing = planned.Trees.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var trees = today.Trees.Where(t => !standing.Contains(t.Id))
            .Select(t => new TreeImpact(t.Id, t.Species, t.Protection, TreeImpactKind.Felled, null))
            .ToList();
        var conflicts = new List<UndergroundConflict>();
        foreach (var building in newBuildings)
        {
            var footprint = RdGeometry.ToNts(building.Footprint);
            var near = building.Footprint.Envelope;
            trees.AddRange(planned.Trees.Where(t => t.Envelope.Intersects(near)).Select(t => Affected(t, building, footprint)).OfType<TreeImpact>());
            conflicts.AddRange(planned.UtilityLines
                .Where(l => l.DepthOfTop < rules.FoundationDepth && l.Envelope.Intersects(near.Expanded(rules.UtilityClearance)))
                .Select(l => (Line: l, Distance: footprint.Distance(RdGeometry.ToNts(l.Centreline))))
                .Where(c => c.Distance <= rules.UtilityClearance)
                .Select(c => new UndergroundConflict(building.Id, c.Line.Id, c.Line.UtilityKind, c.Line.Owner, c.Line.DepthOfTop, Math.Round(c.Distance, 2))));
        }

        return new PlanImpact(
            [.. newBuildings.Select(b => b.Id).Order(StringComparer.Ordinal)],
            [.. trees.GroupBy(t => t.TreeId).Select(g => g.MinBy(t => t.Impact)!).OrderBy(t => t.Impact).ThenBy(t => t.TreeId, StringComparer.Ordinal)],
            [.. conflicts.OrderBy(c => c.BuildingId, StringComparer.Ordinal).ThenBy(c => c.Distance).ThenBy(c => c.UtilityLineId, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The plan area when the planner gave none: the box around the buildings the edits add or remove
    /// and the trees they fell (street measures change traffic, not a site), widened by the margin;
    /// null when the edits build or fell nothing.
    /// </summary>
    public static RdPolygon? AreaAround(IEnumerable<ScenarioEdit> edits, CitySet today, double margin)
    {
        var known = today.All().ToDictionary(EntityKey.Of);
        var box = RdEnvelope.Empty;
        foreach (var edit in edits)
        {
            if (edit is AddBuilding add)
            {
                box = box.Union(add.Building.Envelope);
            }
            else if (edit is RemoveBuilding or RemoveTree && known.TryGetValue(edit.Target!.Value, out var entity))
            {
                box = box.Union(entity.Envelope);
            }
        }

        return box.IsEmpty ? null : Rectangle(box.Expanded(margin));
    }

    public static RdPolygon Rectangle(RdEnvelope box) => new(new RdLine(
        new RdPoint(box.MinX, box.MinY), new RdPoint(box.MaxX, box.MinY), new RdPoint(box.MaxX, box.MaxY), new RdPoint(box.MinX, box.MaxY), new RdPoint(box.MinX, box.MinY)));

    private static TreeImpact? Affected(Tree tree, Building building, Polygon footprint)
    {
        if (footprint.Covers(RdGeometry.ToNts(tree.Location)))
        {
            return new TreeImpact(tree.Id, tree.Species, tree.Protection, TreeImpactKind.UnderNewBuilding, building.Id);
        }

        return tree.CrownDiameter > 0 && footprint.Intersects(Crown(tree))
            ? new TreeImpact(tree.Id, tree.Species, tree.Protection, TreeImpactKind.RootZone, building.Id)
            : null;
    }

    private static Geometry Crown(Tree tree) => RdGeometry.ToNts(tree.Location).Buffer(tree.CrownDiameter / 2, CrownQuadrantSegments);

    private static double CoveredArea(IEnumerable<Geometry> shapes, Polygon boundary)
    {
        var all = shapes.ToArray();
        if (all.Length == 0)
        {
            return 0;
        }

        var union = UnaryUnionNG.Union(RdGeometry.Factory.BuildGeometry(all), RdGeometry.Factory.PrecisionModel);
        return OverlayNGRobust.Overlay(union, boundary, SpatialFunction.Intersection).Area;
    }

    private static double Total((double Out, double In) trips) => trips.Out + trips.In;
}
