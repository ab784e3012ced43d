using Twin.Models.City;

namespace Twin.Grains.City;

public sealed class SensorGrain(
    [PersistentState("sensor", StorageNames.City)] IPersistentState<EntityState<Sensor>> state, TimeProvider time)
    : EntityGrain<Sensor>(state, time), ISensorGrain;
