using Orleans.Concurrency;
using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>A druktemeter zone, keyed by zone id: the occupancy from the crowd counters in it.</summary>
[Alias("twin.sensors.IZoneGrain")]
public interface IZoneGrain : IGrainWithStringKey
{
    // One way: the counter's ingest has already been acknowledged and must not wait for the zone.
    [Alias("report"), OneWay]
    Task ReportAsync(string sensorId, SensorReading latest);

    [Alias("get"), ReadOnly]
    Task<ZoneOccupancy> GetAsync();
}
