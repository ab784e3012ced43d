using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Sensors;

/// <summary>
/// One hour of a traffic camera as its street segment keeps it: the totals first (direction and class
/// null), then per direction, then per direction and vehicle class.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.traffic-observation")]
public sealed record TrafficObservation(
    [property: Id(0)] string SensorId,
    [property: Id(1)] DateTime Hour,
    [property: Id(2)] ImmutableArray<ObservedTraffic> Rows)
{
    /// <summary>Vehicles counted in the hour, all directions and classes.</summary>
    public double Vehicles => Rows.Length > 0 ? Rows[0].Vehicles : 0;

    public static TrafficObservation FromHour(string sensorId, HourRollup hour)
    {
        var keys = hour.Series.Keys
            .Where(k => k.Quantity is SensorQuantities.VehicleCount or SensorQuantities.VehicleSpeed)
            .ToList();
        var directions = keys.Select(k => k.Direction).Where(d => d is not null).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = ImmutableArray.CreateBuilder<ObservedTraffic>();
        rows.Add(Row(hour, null, null));
        foreach (var direction in directions)
        {
            rows.Add(Row(hour, direction, null));
            foreach (var vehicleClass in keys.Where(k => k.Direction == direction && k.VehicleClass is not null)
                .Select(k => k.VehicleClass).Distinct().Order(StringComparer.Ordinal))
            {
                rows.Add(Row(hour, direction, vehicleClass));
            }
        }

        return new TrafficObservation(sensorId, hour.Hour, rows.ToImmutable());
    }

    private static ObservedTraffic Row(HourRollup hour, string? direction, string? vehicleClass)
    {
        var counts = hour.Select(SensorQuantities.VehicleCount, vehicleClass, direction);
        var speeds = hour.Select(SensorQuantities.VehicleSpeed, vehicleClass, direction);

        // Without counts, a camera that reports one speed per vehicle has counted the speeds.
        var vehicles = counts?.Sum ?? speeds?.Count ?? 0;
        double? share = speeds is { SpeedLimit: not null, Count: > 0 } ? (double)speeds.AboveLimit / speeds.Count : null;
        return new ObservedTraffic(direction, vehicleClass, vehicles, speeds?.Mean, speeds?.Speeds?.Percentile(0.85), share, speeds?.SpeedLimit);
    }
}
