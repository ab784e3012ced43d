using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Grains.City;

public sealed class StreetSegmentGrain(
    [PersistentState("street-segment", StorageNames.City)] IPersistentState<EntityState<StreetSegment>> state,
    [PersistentState("street-observations", StorageNames.Sensors)] IPersistentState<SegmentObservations> observations,
    TimeProvider time)
    : EntityGrain<StreetSegment>(state, time), IStreetSegmentGrain
{
    public async Task ObserveAsync(TrafficObservation observation)
    {
        observations.State = Observations().With(observation);
        await observations.WriteStateAsync();
    }

    public Task<SegmentObservations> GetObservationsAsync() => Task.FromResult(Observations());

    // A segment no camera has reported on has no stored observations yet.
    private SegmentObservations Observations() =>
        observations.State?.VehiclesByHour is null ? SegmentObservations.Empty : observations.State;
}
