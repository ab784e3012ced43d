using Twin.Grains.Tiles;
using Twin.Models.City;
using Twin.Models.Daylight;
using Twin.Models.Geo;
using Twin.Models.Planning;
using Twin.Models.Results;

namespace Twin.Grains.Scenarios;

/// <summary>
/// A scenario run's results as tile result layers: "vc" and "delta-flow" from traffic, "no2" per street,
/// "sun-hours" (today's too) and "sun-hours-change" per facade.
/// </summary>
internal static class ScenarioLayers
{
    public static async Task PublishTrafficAsync(IGrainFactory grains, ScenarioKey key, ScenarioTrafficResult result)
    {
        var isBase = key.Scenario == TileKey.BaseScenario;
        var vc = ResultLayerValues.Create(
            "vc", "Intensiteit / capaciteit (ochtendspits)", "", EntityKind.StreetSegment,
            result.Segments.Where(s => !s.Closed).Select(s => KeyValuePair.Create(s.SegmentId, s.VolumeCapacity)));
        await grains.GetGrain<IResultLayerGrain>(new TileContentKey(key.Dataset, key.Scenario, null, "vc").ToString()).PublishAsync(vc);
        if (isBase || await grains.GetGrain<IScenarioGrain>(new ScenarioKey(key.Dataset, TileKey.BaseScenario).ToString()).GetTrafficAsync() is not { } baseRun)
        {
            return;
        }

        var comparison = TrafficComparison.Compare(baseRun, result);
        var delta = ResultLayerValues.Create(
            "delta-flow", "Verschil in verkeer t.o.v. huidige situatie (ochtendspits)", "mvt/u", EntityKind.StreetSegment,
            comparison.Segments.Select(s => KeyValuePair.Create(s.SegmentId, s.FlowChange)), diverging: true);
        await grains.GetGrain<IResultLayerGrain>(new TileContentKey(key.Dataset, key.Scenario, null, "delta-flow").ToString()).PublishAsync(delta);
    }

    public static async Task PublishAssessmentAsync(IGrainFactory grains, ScenarioKey key, ScenarioAssessment assessment)
    {
        if (assessment.AirQuality is { } air)
        {
            var no2 = ResultLayerValues.Create(
                "no2", "NO2 jaargemiddelde langs de straat (SRM1)", "µg/m³", EntityKind.StreetSegment,
                air.Segments.Select(s => KeyValuePair.Create(s.SegmentId, s.NO2)));
            await grains.GetGrain<IResultLayerGrain>(new TileContentKey(key.Dataset, key.Scenario, null, "no2").ToString()).PublishAsync(no2);
        }

        if (assessment is { SunToday: { } today, SunPlan: { } plan })
        {
            // Today's sun hours are worked out for the plan's area: the base tiles show those of the last plan run.
            await grains.GetGrain<IResultLayerGrain>(new TileContentKey(key.Dataset, TileKey.BaseScenario, null, SunHoursLayers.MeanDailyHoursId).ToString())
                .PublishAsync(SunHoursLayers.MeanDailyHours(today));
            await grains.GetGrain<IResultLayerGrain>(new TileContentKey(key.Dataset, key.Scenario, null, SunHoursLayers.MeanDailyHoursId).ToString())
                .PublishAsync(SunHoursLayers.MeanDailyHours(plan));
            await grains.GetGrain<IResultLayerGrain>(new TileContentKey(key.Dataset, key.Scenario, null, SunHoursLayers.ChangeId).ToString())
                .PublishAsync(SunHoursLayers.Change(today, plan));
        }
    }
}
