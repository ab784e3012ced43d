using System.Collections.Immutable;
using Twin.Grains.City;
using Twin.Models.Air;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Grains.Scenarios;

/// <summary>What a scenario run reads from the city's sensors: observed camera flows beside the traffic model, calibrated air-quality means beside SRM1.</summary>
internal static class ScenarioSensors
{
    /// <summary>The observed morning peak hour of every street segment with a traffic camera (one call per camera segment: there are few).</summary>
    public static async Task<Dictionary<string, double>> ObservedFlowsAsync(IGrainFactory grains, CitySet city)
    {
        var flows = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var segmentId in city.Sensors.Where(s => s.SensorKind == SensorKind.TrafficCamera && s.SegmentId is not null).Select(s => s.SegmentId!).Distinct())
        {
            if ((await grains.GetGrain<IStreetSegmentGrain>(segmentId).GetObservationsAsync()).PeakHourFlow is { } flow)
            {
                flows[segmentId] = flow;
            }
        }

        return flows;
    }

    /// <summary>How far back the sensors' calibrated means reach when the model is set against them.</summary>
    public static readonly TimeSpan MeasurementPeriod = TimeSpan.FromDays(30);

    /// <summary>
    /// The calibrated mean of every air-quality sensor of the city over <see cref="MeasurementPeriod"/>,
    /// per quantity it measures (one call per sensor and quantity: there are few).
    /// </summary>
    public static async Task<ImmutableArray<MeasuredConcentration>> AirMeansAsync(IGrainFactory grains, CitySet city, DateTimeOffset now)
    {
        (string Name, AirQuantity Quantity)[] quantities = [(SensorQuantities.No2, AirQuantity.NO2), (SensorQuantities.Pm10, AirQuantity.PM10), (SensorQuantities.Pm25, AirQuantity.PM25)];
        var to = now.UtcDateTime;
        var measured = ImmutableArray.CreateBuilder<MeasuredConcentration>();
        foreach (var sensor in city.Sensors.Where(s => s.SensorKind == SensorKind.AirQuality))
        {
            foreach (var (name, quantity) in quantities.Where(q => sensor.Register.Quantities.Contains(q.Name)))
            {
                var series = await grains.GetGrain<ISensorGrain>(sensor.Id).GetSeriesAsync(new SeriesQuery(name, to - MeasurementPeriod, to, SeriesResolution.Day));
                var count = series.Points.Sum(p => p.Count);
                if (count > 0)
                {
                    var mean = series.Points.Sum(p => (p.CalibratedMean ?? p.Mean) * p.Count) / count;
                    measured.Add(new MeasuredConcentration(sensor.Id, sensor.Location, quantity, mean));
                }
            }
        }

        return measured.ToImmutable();
    }
}
