using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Twin.Api.V1;
using Twin.Grains.City;
using Twin.Grains.Sensors;
using Twin.Silo.Api;
using ModelSensor = Twin.Models.City.Sensor;

namespace Twin.Silo.Sensors;

/// <summary>Gathers what the edges show about a sensor (register, live values, calibrations, observed traffic) and about the zones.</summary>
public sealed class SensorDetails(IGrainFactory grains, SensorDirectory directory, SimulatedSensors simulated, IOptions<SensorSettings> settings)
{
    private readonly int _threshold = settings.Value.PrivacyThreshold;

    public async Task<SensorDetail> DescribeAsync(ModelSensor sensor, CoordinateOutput output)
    {
        var grain = grains.GetGrain<ISensorGrain>(sensor.Id);
        var detail = new SensorDetail { Sensor = EntityMessages.ToMessage(sensor, output), Simulated = simulated.Contains(sensor.Id) };
        detail.Live.AddRange((await grain.GetLiveAsync()).Select(v => SensorMessages.ToMessage(v, sensor, _threshold)));
        detail.Calibrations.AddRange((await grain.GetCalibrationsAsync()).Select(SensorMessages.ToMessage));
        if (sensor is { SensorKind: Twin.Models.City.SensorKind.TrafficCamera, SegmentId: { } segmentId })
        {
            detail.Observed = SensorMessages.ToMessage(segmentId, await grains.GetGrain<IStreetSegmentGrain>(segmentId).GetObservationsAsync());
        }

        return detail;
    }

    public async Task<List<Zone>> ZonesAsync(CancellationToken cancellationToken)
    {
        var sensors = await directory.AllAsync(cancellationToken);
        var zones = new List<Zone>();
        foreach (var zone in sensors.Where(s => s.ZoneId is not null).GroupBy(s => s.ZoneId!).OrderBy(z => z.Key, StringComparer.Ordinal))
        {
            var occupancy = await grains.GetGrain<IZoneGrain>(zone.Key).GetAsync();
            var message = new Zone { ZoneId = zone.Key, Threshold = _threshold, Display = "" };
            message.SensorIds.AddRange(zone.Select(s => s.Id));
            if (occupancy.Visitors is { } visitors)
            {
                message.Display = Twin.Models.Sensors.PrivacyThreshold.Display(visitors, _threshold);
                if (Twin.Models.Sensors.PrivacyThreshold.Publishable(visitors, _threshold) is { } shown)
                {
                    message.Visitors = shown;
                }

                message.Time = Timestamp.FromDateTime(occupancy.Time!.Value);
            }

            zones.Add(message);
        }

        return zones;
    }
}
