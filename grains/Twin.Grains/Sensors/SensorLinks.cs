using System.Collections.Immutable;
using Twin.Grains.City;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>
/// What a sensor tells the rest of the twin after a write: a traffic camera its street segment (and
/// it reads the segment's speed limit for the share of speeding vehicles), a crowd counter its zone.
/// </summary>
internal sealed class SensorLinks(IGrainFactory grains)
{
    private string? _segmentId;
    private double? _speedLimit;

    public async Task<double?> SpeedLimitAsync(Sensor sensor)
    {
        if (sensor.SensorKind != SensorKind.TrafficCamera || sensor.SegmentId is null)
        {
            return null;
        }

        if (_segmentId != sensor.SegmentId)
        {
            var segment = await grains.GetGrain<IStreetSegmentGrain>(sensor.SegmentId).GetAsync();
            _speedLimit = segment?.SpeedLimit;
            _segmentId = sensor.SegmentId;
        }

        return _speedLimit;
    }

    public void Tell(Sensor sensor, HourRollup? hour, ImmutableArray<LiveValue> values)
    {
        if (sensor is { SensorKind: SensorKind.TrafficCamera, SegmentId: { } segmentId } && hour is not null)
        {
            _ = grains.GetGrain<IStreetSegmentGrain>(segmentId).ObserveAsync(TrafficObservation.FromHour(sensor.Id, hour));
        }

        if (sensor is { SensorKind: SensorKind.CrowdCounter, ZoneId: { } zoneId }
            && values.FirstOrDefault(v => v.Quantity == SensorQuantities.VisitorCount) is { } visitors)
        {
            _ = grains.GetGrain<IZoneGrain>(zoneId).ReportAsync(sensor.Id, visitors.Latest);
        }
    }
}
