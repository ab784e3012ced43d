using Twin.Models.City;

namespace Twin.Grains.City;

public sealed class BuildingGrain(
    [PersistentState("building", StorageNames.City)] IPersistentState<EntityState<Building>> state, TimeProvider time)
    : EntityGrain<Building>(state, time), IBuildingGrain;
