using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

public sealed class ZoneGrain([PersistentState("zone", StorageNames.Sensors)] IPersistentState<ZoneOccupancy> state)
    : Grain, IZoneGrain
{
    public async Task ReportAsync(string sensorId, SensorReading latest)
    {
        var current = Current();
        var updated = current.With(sensorId, latest);
        if (!ReferenceEquals(updated, current))
        {
            state.State = updated;
            await state.WriteStateAsync();
        }
    }

    public Task<ZoneOccupancy> GetAsync() => Task.FromResult(Current());

    // A zone that never heard from a counter has no stored state yet.
    private ZoneOccupancy Current() => state.State?.LatestByCounter is null ? ZoneOccupancy.Empty(this.GetPrimaryKeyString()) : state.State;
}
