using Twin.Models.City;

namespace Twin.Grains.City;

public sealed class TreeGrain(
    [PersistentState("tree", StorageNames.City)] IPersistentState<EntityState<Tree>> state, TimeProvider time)
    : EntityGrain<Tree>(state, time), ITreeGrain;
