using static System.FormattableString;

namespace Twin.Models.Sensors;

/// <summary>
/// An hourly series by UTC hour, so two series with different offsets (or one that crosses a change
/// to or from summer time) meet at the same instant. Only finite values are kept: NaN and absent
/// hours are both missing.
/// </summary>
internal sealed class HourlyIndex
{
    private readonly Dictionary<long, double> _values = [];

    private HourlyIndex()
    {
    }

    /// <summary>The number of hours with a value.</summary>
    public int Count => _values.Count;

    /// <summary>The hours with a value, as UTC ticks, in time order.</summary>
    public IEnumerable<long> Hours => _values.Keys.Order();

    /// <summary>Indexes a series; values off the whole hour and hours given twice are problems.</summary>
    /// <param name="series">The hourly values, in any order.</param>
    /// <param name="name">What the series is ("sensor", "reference"), for the problems.</param>
    /// <param name="problems">Where the problems go.</param>
    public static HourlyIndex Build(IReadOnlyList<TimedValue> series, string name, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(series);
        var index = new HourlyIndex();
        var seen = new Dictionary<long, int>();
        for (var i = 0; i < series.Count; i++)
        {
            var (time, value) = series[i];
            var ticks = time.UtcTicks;
            if (ticks % TimeSpan.TicksPerHour != 0)
            {
                problems.Add(Invariant($"{name} value {i} ({time:O}) is not on a whole hour: an hourly value is stamped with the start of its hour"));
            }
            else if (!seen.TryAdd(ticks, i))
            {
                problems.Add(Invariant($"{name} values {seen[ticks]} and {i} are both for the hour starting {time.UtcDateTime:yyyy-MM-dd HH:mm}Z"));
            }
            else if (double.IsFinite(value))
            {
                index._values.Add(ticks, value);
            }
        }

        return index;
    }

    public bool TryGet(long hourTicks, out double value) => _values.TryGetValue(hourTicks, out value);

    /// <summary>The reference over [start, end): every whole UTC hour starting in it, with or without a value.</summary>
    public ReferenceCoverage Cover(DateTimeOffset start, DateTimeOffset end)
    {
        var first = (start.UtcTicks + TimeSpan.TicksPerHour - 1) / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour;
        var hours = 0;
        var present = 0;
        var sum = 0.0;
        for (var hour = first; hour < end.UtcTicks; hour += TimeSpan.TicksPerHour)
        {
            hours++;
            if (_values.TryGetValue(hour, out var value))
            {
                present++;
                sum += value;
            }
        }

        return new ReferenceCoverage(start, end, present == 0 ? double.NaN : sum / present, hours, hours - present);
    }
}
