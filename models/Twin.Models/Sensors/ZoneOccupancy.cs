using System.Collections.Immutable;

namespace Twin.Models.Sensors;

/// <summary>
/// How busy a druktemeter zone is: the latest visitor count of each counter in it, summed. Published
/// only through <see cref="PrivacyThreshold"/>: small groups are never shown as a number.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.zone-occupancy")]
public sealed record ZoneOccupancy(
    [property: Id(0)] string ZoneId,
    [property: Id(1)] ImmutableSortedDictionary<string, SensorReading> LatestByCounter)
{
    public static ZoneOccupancy Empty(string zoneId) => new(zoneId, ImmutableSortedDictionary<string, SensorReading>.Empty);

    public double? Visitors => LatestByCounter.Count == 0 ? null : LatestByCounter.Values.Sum(r => r.Value);

    public DateTime? Time => LatestByCounter.Count == 0 ? null : LatestByCounter.Values.Max(r => r.Time);

    /// <summary>With a counter's newer reading; an older one than already known changes nothing.</summary>
    public ZoneOccupancy With(string sensorId, SensorReading latest) =>
        LatestByCounter.TryGetValue(sensorId, out var known) && known.Time >= latest.Time
            ? this
            : this with { LatestByCounter = LatestByCounter.SetItem(sensorId, latest) };
}
