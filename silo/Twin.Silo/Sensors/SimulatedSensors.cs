using System.Collections.Concurrent;

namespace Twin.Silo.Sensors;

/// <summary>The sensors whose readings this silo's demo feed simulates, so every answer about them says so.</summary>
public sealed class SimulatedSensors
{
    private readonly ConcurrentDictionary<string, bool> _ids = new(StringComparer.Ordinal);

    public void Add(string sensorId) => _ids[sensorId] = true;

    public bool Contains(string sensorId) => _ids.ContainsKey(sensorId);
}
