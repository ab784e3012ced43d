using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Models.Demo;

/// <summary>
/// Simulated readings for the demo's sensors, so a participation session sees live values before real
/// sensors are connected: Snelliuslaan cameras with a day's traffic profile and speeds around the 30
/// km/h limit, druktemeter counters following shop hours, air-quality sensors with a traffic-driven NO2.
/// Every answer about these sensors says they are simulated.
/// </summary>
public sealed class DemoFeed(int seed)
{
    /// <summary>Vehicles per hour on a camera's street, both directions, by UTC hour (peaks at 07 and 16 UTC).</summary>
    private static readonly double[] TrafficProfile =
        [20, 12, 8, 8, 15, 60, 250, 420, 380, 280, 250, 260, 270, 260, 300, 380, 430, 350, 240, 170, 120, 80, 50, 30];

    /// <summary>Visitors in a zone by UTC hour, before the zone's own factor (shops open 09-18 local).</summary>
    private static readonly double[] VisitorProfile =
        [2, 1, 0, 0, 0, 1, 4, 20, 60, 110, 160, 190, 200, 190, 170, 150, 120, 80, 45, 30, 20, 12, 6, 3];

    private static readonly (string Class, double Share, double MeanSpeed)[] Classes =
    [
        (VehicleClasses.Light, 0.86, 35), (VehicleClasses.Medium, 0.06, 32), (VehicleClasses.Heavy, 0.02, 29),
        (VehicleClasses.Bus, 0.01, 30), (VehicleClasses.Moped, 0.05, 33),
    ];

    private readonly Random _random = new(seed);

    /// <summary>The readings the sensor would have sent in [from, to).</summary>
    public IEnumerable<SensorReading> Readings(Sensor sensor, DateTime from, DateTime to) => sensor.SensorKind switch
    {
        SensorKind.TrafficCamera => Traffic(sensor, from, to),
        SensorKind.CrowdCounter => Every(TimeSpan.FromMinutes(5), from, to, t => Visitors(sensor, t)),
        SensorKind.AirQuality => Every(TimeSpan.FromMinutes(10), from, to, t => Air(sensor, t)),
        _ => [],
    };

    private IEnumerable<SensorReading> Traffic(Sensor sensor, DateTime from, DateTime to)
    {
        var counts = new Dictionary<(DateTime Minute, string Class, string Direction), int>();
        for (var minute = Floor(from, TimeSpan.FromMinutes(1)); minute < to; minute = minute.AddMinutes(1))
        {
            var rate = Profile(TrafficProfile, minute) / 60;
            var vehicles = Poisson(rate);
            for (var v = 0; v < vehicles; v++)
            {
                var time = minute.AddSeconds(_random.NextDouble() * 60);
                var (vehicleClass, meanSpeed) = PickClass();
                var direction = _random.NextDouble() < 0.5 ? "noord" : "zuid";
                var speed = Math.Clamp(meanSpeed + (Gaussian() * 6.5), 5, 90);
                if (time >= from && time < to)
                {
                    yield return new SensorReading(new DateTime(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
                        SensorQuantities.VehicleSpeed, Math.Round(speed, 1), vehicleClass, direction);
                    var key = (minute, vehicleClass, direction);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        if (!sensor.Register.MaySend(SensorQuantities.VehicleCount))
        {
            yield break;
        }

        foreach (var ((minute, vehicleClass, direction), count) in counts.OrderBy(c => c.Key.Minute))
        {
            // A count covers the vehicles since the previous count of its class and direction, up to its
            // timestamp: the end of the minute, or the end of the window when the minute goes on.
            var end = minute.AddMinutes(1);
            yield return new SensorReading(end <= to ? end : to, SensorQuantities.VehicleCount, count, vehicleClass, direction);
        }
    }

    private IEnumerable<SensorReading> Visitors(Sensor sensor, DateTime time)
    {
        var zoneFactor = 0.4 + (Math.Abs(sensor.Id.GetHashCode(StringComparison.Ordinal)) % 7 * 0.15);
        var visitors = Math.Max(0, Math.Round((Profile(VisitorProfile, time) * zoneFactor) + (Gaussian() * 6)));
        yield return new SensorReading(time, SensorQuantities.VisitorCount, visitors);
    }

    private IEnumerable<SensorReading> Air(Sensor sensor, DateTime time)
    {
        var traffic = Profile(TrafficProfile, time) / 430;
        foreach (var quantity in sensor.Register.Quantities)
        {
            double? value = quantity switch
            {
                SensorQuantities.No2 => 14 + (22 * traffic) + (Gaussian() * 3),
                SensorQuantities.Pm10 => 17 + (5 * traffic) + (Gaussian() * 2),
                SensorQuantities.Pm25 => 9 + (3 * traffic) + (Gaussian() * 1.5),
                SensorQuantities.Temperature => 6 + (4 * Math.Sin((time.Hour - 8) / 24.0 * 2 * Math.PI)),
                SensorQuantities.RelativeHumidity => 82 - (10 * Math.Sin((time.Hour - 8) / 24.0 * 2 * Math.PI)),
                _ => null,
            };
            if (value is { } v)
            {
                yield return new SensorReading(time, quantity, Math.Round(Math.Max(0, v), 1));
            }
        }
    }

    private static IEnumerable<SensorReading> Every(TimeSpan step, DateTime from, DateTime to, Func<DateTime, IEnumerable<SensorReading>> at)
    {
        for (var time = Floor(from, step); time < to; time += step)
        {
            if (time >= from)
            {
                foreach (var reading in at(time))
                {
                    yield return reading;
                }
            }
        }
    }

    /// <summary>The profile at a time, interpolated between the hours.</summary>
    private static double Profile(double[] profile, DateTime time)
    {
        var hour = time.Hour + (time.Minute / 60.0);
        var low = (int)Math.Floor(hour) % 24;
        var high = (low + 1) % 24;
        var along = hour - Math.Floor(hour);
        return (profile[low] * (1 - along)) + (profile[high] * along);
    }

    private (string Class, double MeanSpeed) PickClass()
    {
        var pick = _random.NextDouble();
        foreach (var (name, share, speed) in Classes)
        {
            if ((pick -= share) < 0)
            {
                return (name, speed);
            }
        }

        return (Classes[0].Class, Classes[0].MeanSpeed);
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var product = _random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= _random.NextDouble();
        }

        return count;
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static DateTime Floor(DateTime time, TimeSpan step) => new(time.Ticks - (time.Ticks % step.Ticks), DateTimeKind.Utc);
}
