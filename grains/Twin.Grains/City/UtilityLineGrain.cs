using Twin.Models.City;

namespace Twin.Grains.City;

public sealed class UtilityLineGrain(
    [PersistentState("utility-line", StorageNames.City)] IPersistentState<EntityState<UtilityLine>> state, TimeProvider time)
    : EntityGrain<UtilityLine>(state, time), IUtilityLineGrain;
