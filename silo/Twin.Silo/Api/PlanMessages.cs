using Twin.Api.V1;

namespace Twin.Silo.Api;

/// <summary>Planning indicator messages from the planning records: the one place that maps them.</summary>
internal static class PlanMessages
{
    public static Twin.Api.V1.PlanIndicators ToMessage(Twin.Models.Planning.PlanIndicators indicators, long version)
    {
        var message = new Twin.Api.V1.PlanIndicators
        {
            Area = new CoordinateOutput(Crs.RdNew).Polygon(indicators.Area),
            Base = ToMessage(indicators.Base),
            Planned = ToMessage(indicators.Planned),
            TreesRemoved = indicators.Impact.TreesRemoved,
            ProtectedTreesAffected = indicators.Impact.ProtectedTreesAffected,
            Version = version,
        };
        message.NewBuildings.AddRange(indicators.Impact.NewBuildings);
        message.Trees.AddRange(indicators.Impact.Trees.Select(t => new Twin.Api.V1.TreeImpact
        {
            TreeId = t.TreeId,
            Species = t.Species,
            Protection = t.Protection.ToString(),
            Impact = t.Impact.ToString(),
            BuildingId = t.BuildingId ?? string.Empty,
        }));
        message.UndergroundConflicts.AddRange(indicators.Impact.UndergroundConflicts.Select(c => new Twin.Api.V1.UndergroundConflict
        {
            BuildingId = c.BuildingId,
            UtilityLineId = c.UtilityLineId,
            UtilityKind = c.UtilityKind.ToString(),
            Owner = c.Owner,
            DepthOfTop = c.DepthOfTop,
            Distance = c.Distance,
        }));
        return message;
    }

    private static Twin.Api.V1.PlanMeasures ToMessage(Twin.Models.Planning.PlanMeasures measures)
    {
        var message = new Twin.Api.V1.PlanMeasures
        {
            PlanArea = measures.PlanArea,
            GrossFloorArea = measures.GrossFloorArea,
            Buildings = measures.Buildings,
            Dwellings = measures.Dwellings,
            Jobs = measures.Jobs,
            FloorSpaceIndex = measures.FloorSpaceIndex,
            GroundCoverage = measures.GroundCoverage,
            Trees = measures.Trees,
            ProtectedTrees = measures.ProtectedTrees,
            CanopyArea = measures.CanopyArea,
            TripsPerDay = measures.TripsPerDay,
            TripsMorningPeakHour = measures.TripsMorningPeakHour,
        };
        message.FloorAreaByUse.AddRange(measures.FloorAreaByUse.Select(u => new Twin.Api.V1.UseFloorArea { Use = u.Use.ToString(), FloorArea = u.FloorArea, Buildings = u.Buildings }));
        return message;
    }
}
