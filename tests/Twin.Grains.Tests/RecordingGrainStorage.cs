using System.Collections.Concurrent;
using Orleans.Storage;

namespace Twin.Grains.Tests;

/// <summary>Sensor storage for the test cluster: memory storage that also notes every write, so tests can see what one ingest costs.</summary>
public sealed class RecordingGrainStorage(IGrainStorage inner) : IGrainStorage
{
    public static ConcurrentQueue<(GrainId Record, string Type, int Items)> Writes { get; } = new();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var items = grainState.State switch
        {
            Twin.Grains.Sensors.ReadingPart part => part.Readings.Count,
            Twin.Models.Sensors.HourRollup hour => hour.Series.Count,
            Twin.Grains.Sensors.SensorMonth month => month.PartsByHour.Count,
            _ => 0,
        };
        Writes.Enqueue((grainId, typeof(T).Name, items));
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);

    /// <summary>The writes of one sensor's records since a point in the log.</summary>
    public static List<(GrainId Record, string Type, int Items)> Of(string sensorId, int skip) =>
        [.. Writes.Skip(skip).Where(w => w.Record.Key.ToString()!.StartsWith(sensorId + "/", StringComparison.Ordinal))];
}
