using System.Collections.Immutable;

namespace Twin.Models.Sensors;

/// <summary>
/// The observed traffic a street segment keeps from the cameras on it: the latest hour in full, and
/// the vehicles per hour of the last <see cref="KeptDays"/> days, from which the observed morning peak
/// hour is taken to sit beside the modelled flow.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.segment-observations")]
public sealed record SegmentObservations(
    [property: Id(0)] TrafficObservation? Latest,
    [property: Id(1)] ImmutableSortedDictionary<DateTime, double> VehiclesByHour)
{
    public const int KeptDays = 8;

    /// <summary>
    /// The morning peak hour of the traffic model, 07:00-08:00 UTC (08:00-09:00 in Dutch winter time,
    /// 09:00-10:00 in summer time — the model's period is fixed in UTC).
    /// </summary>
    public const int PeakHourUtc = 7;

    public static SegmentObservations Empty { get; } = new(null, ImmutableSortedDictionary<DateTime, double>.Empty);

    /// <summary>Mean vehicles counted in the morning peak hours kept; null when none was observed.</summary>
    public double? PeakHourFlow
    {
        get
        {
            var peaks = VehiclesByHour.Where(h => h.Key.Hour == PeakHourUtc).Select(h => h.Value).ToList();
            return peaks.Count == 0 ? null : peaks.Average();
        }
    }

    /// <summary>With one more camera hour: replaces that hour, keeps the newest as latest, forgets hours older than the kept days.</summary>
    public SegmentObservations With(TrafficObservation observation)
    {
        var hours = VehiclesByHour.SetItem(observation.Hour, observation.Vehicles);
        var newest = hours.Keys.Max();
        hours = hours.RemoveRange(hours.Keys.Where(h => h < newest.AddDays(-KeptDays)));
        var latest = Latest is null || observation.Hour >= Latest.Hour ? observation : Latest;
        return new SegmentObservations(latest, hours);
    }
}
