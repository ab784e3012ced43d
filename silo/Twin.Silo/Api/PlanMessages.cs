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

    public static Twin.Api.V1.AirQualityComparison ToMessage(Twin.Models.Planning.AirQualityComparison comparison, Twin.Models.Air.StreetAirQualityResult plan, Twin.Models.Air.ModelMeasurementReport? measurements, int top)
    {
        var message = new Twin.Api.V1.AirQualityComparison
        {
            BaseStreetsAboveNo2Limit = comparison.TodayAboveNo2Limit,
            ScenarioStreetsAboveNo2Limit = comparison.PlanAboveNo2Limit,
            BaseMaxNo2 = comparison.TodayMaxNo2,
            ScenarioMaxNo2 = comparison.PlanMaxNo2,
            EmissionYear = plan.EmissionYear,
            BackgroundYear = plan.BackgroundYear,
            ChangedStreets = comparison.Streets.Count(s => Math.Abs(s.No2Change) > 0.1),
        };
        message.MostChanged.AddRange(comparison.MostChanged(top).Select(s => new Twin.Api.V1.StreetAirChange
        {
            SegmentId = s.SegmentId,
            StreetName = s.StreetName,
            BaseNo2 = s.Today?.NO2 ?? 0,
            ScenarioNo2 = s.Plan?.NO2 ?? 0,
            No2Change = s.No2Change,
            BasePm10 = s.Today?.PM10 ?? 0,
            ScenarioPm10 = s.Plan?.PM10 ?? 0,
            BasePm25 = s.Today?.PM25 ?? 0,
            ScenarioPm25 = s.Plan?.PM25 ?? 0,
            RoadType = (s.Plan ?? s.Today)?.RoadType.ToString() ?? string.Empty,
            TreeFactor = (s.Plan ?? s.Today)?.TreeFactor ?? 0,
        }));
        if (measurements is not null)
        {
            message.Agreement.AddRange(measurements.Quantities.Select(q => new Twin.Api.V1.QuantityAgreement
            {
                Quantity = q.Quantity.ToString(),
                Count = q.Count,
                Bias = q.Bias,
                RootMeanSquareError = q.RootMeanSquareError,
                MeanMeasured = q.MeanMeasured,
                MeanModelled = q.MeanModelled,
            }));
        }

        return message;
    }

    public static SunComparison ToMessage(Twin.Models.Daylight.SunHoursResult today, Twin.Models.Daylight.SunHoursResult plan)
    {
        var comparison = Twin.Models.Daylight.SunHoursComparison.Compare(today, plan);
        var message = new SunComparison
        {
            From = plan.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            To = plan.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            RequiredHours = plan.RequiredHours,
            Points = plan.PointCount,
            BaseBuildingsMeetingNorm = today.Buildings.Count(b => b.HasDwellings && b.MeetsNorm),
            ScenarioBuildingsMeetingNorm = plan.Buildings.Count(b => b.HasDwellings && b.MeetsNorm),
            BaseBuildingsWithDwellings = today.Buildings.Count(b => b.HasDwellings),
            ScenarioBuildingsWithDwellings = plan.Buildings.Count(b => b.HasDwellings),
            NewlyFailingDwellings = comparison.NewlyFailingDwellings,
        };
        message.NewlyFailing.AddRange(comparison.NewlyFailing.Select(ToMessage));
        message.NewFailing.AddRange(comparison.NewFailing.Select(ToMessage));
        message.NewlyPassing.AddRange(comparison.NewlyPassing.Select(ToMessage));
        return message;
    }

    private static Twin.Api.V1.BuildingSunChange ToMessage(Twin.Models.Daylight.BuildingSunChange change)
    {
        var message = new Twin.Api.V1.BuildingSunChange
        {
            BuildingId = change.BuildingId,
            Dwellings = change.Dwellings,
            MinDailyHoursAfter = change.MinDailyHoursAfter,
            MeanDailyHoursAfter = change.MeanDailyHoursAfter,
            MeetsNormAfter = change.MeetsNormAfter,
        };
        if (change.MinDailyHoursBefore is { } min)
        {
            message.MinDailyHoursBefore = min;
        }

        if (change.MeanDailyHoursBefore is { } mean)
        {
            message.MeanDailyHoursBefore = mean;
        }

        if (change.MetNormBefore is { } met)
        {
            message.MetNormBefore = met;
        }

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
