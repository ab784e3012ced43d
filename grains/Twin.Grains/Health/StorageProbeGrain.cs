using Orleans.Placement;

namespace Twin.Grains.Health;

/// <summary>One probe per silo, activated on that silo, writing to the city and the sensor storage.</summary>
[PreferLocalPlacement]
public sealed class StorageProbeGrain(
    [PersistentState("probe-city", StorageNames.City)] IPersistentState<StorageProbeState> city,
    [PersistentState("probe-sensors", StorageNames.Sensors)] IPersistentState<StorageProbeState> sensors,
    TimeProvider time)
    : Grain, IStorageProbeGrain
{
    public async Task ProbeAsync()
    {
        var now = time.GetUtcNow();
        city.State = new StorageProbeState { At = now };
        sensors.State = new StorageProbeState { At = now };
        await Task.WhenAll(city.WriteStateAsync(), sensors.WriteStateAsync());
    }
}
