using Twin.Models.City;

namespace Twin.Grains.City;

public sealed class StreetSegmentGrain(
    [PersistentState("street-segment", StorageNames.City)] IPersistentState<EntityState<StreetSegment>> state, TimeProvider time)
    : EntityGrain<StreetSegment>(state, time), IStreetSegmentGrain;
