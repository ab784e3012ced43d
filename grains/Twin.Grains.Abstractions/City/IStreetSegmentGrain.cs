using Orleans.Concurrency;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Grains.City;

[Alias("twin.city.IStreetSegmentGrain")]
public interface IStreetSegmentGrain : IEntityGrain<StreetSegment>
{
    /// <summary>A traffic camera on the segment reports an hour it counted.</summary>
    // One way: the camera's ingest has already been acknowledged and must not wait for the segment.
    [Alias("observe"), OneWay]
    Task ObserveAsync(TrafficObservation observation);

    [Alias("observations"), ReadOnly]
    Task<SegmentObservations> GetObservationsAsync();
}
