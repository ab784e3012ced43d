using System.Collections.Immutable;

namespace Twin.Models.Sensors;

/// <summary>Turns a sensor's hourly aggregates into the points of a series query: hours as they are, days merged.</summary>
public static class SeriesBuilder
{
    public static ImmutableArray<SeriesPoint> Build(IEnumerable<HourRollup> hours, SeriesQuery query, Func<double, double>? calibrate)
    {
        var points = ImmutableArray.CreateBuilder<SeriesPoint>();
        var selected = hours
            .Where(h => h.Hour >= HourRollup.HourOf(query.From) && h.Hour < query.To)
            .OrderBy(h => h.Hour)
            .Select(h => (h.Hour, Rollup: h.Select(query.Quantity, query.VehicleClass, query.Direction)))
            .Where(h => h.Rollup is not null);
        if (query.Resolution == SeriesResolution.Hour)
        {
            foreach (var (hour, rollup) in selected)
            {
                points.Add(SeriesPoint.From(hour, rollup!, calibrate));
            }

            return points.ToImmutable();
        }

        foreach (var day in selected.GroupBy(h => h.Hour.Date))
        {
            var merged = new Rollup();
            foreach (var (_, rollup) in day)
            {
                merged.Merge(rollup!);
            }

            points.Add(SeriesPoint.From(DateTime.SpecifyKind(day.Key, DateTimeKind.Utc), merged, calibrate));
        }

        return points.ToImmutable();
    }
}
