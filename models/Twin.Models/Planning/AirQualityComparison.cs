using System.Collections.Immutable;
using Twin.Models.Air;

namespace Twin.Models.Planning;

/// <summary>
/// A plan's street air quality against today's, street by street (matched by segment id), with the
/// number of streets above the EU annual limit for NO2 (40 µg/m³) and the highest NO2 in each.
/// </summary>
public sealed record AirQualityComparison(ImmutableArray<StreetAirChange> Streets)
{
    /// <summary>The EU and Dutch annual-mean limit value for NO2, µg/m³.</summary>
    public const double No2Limit = 40;

    public int TodayAboveNo2Limit => Streets.Count(s => s.Today?.NO2 > No2Limit);

    public int PlanAboveNo2Limit => Streets.Count(s => s.Plan?.NO2 > No2Limit);

    public double TodayMaxNo2 => Streets.Select(s => s.Today?.NO2 ?? 0).DefaultIfEmpty(0).Max();

    public double PlanMaxNo2 => Streets.Select(s => s.Plan?.NO2 ?? 0).DefaultIfEmpty(0).Max();

    /// <summary>The streets whose NO2 changed most (absolute), largest first.</summary>
    public ImmutableArray<StreetAirChange> MostChanged(int count) =>
        [.. Streets.OrderByDescending(s => Math.Abs(s.No2Change)).ThenBy(s => s.SegmentId, StringComparer.Ordinal).Take(count)];

    public static AirQualityComparison Compare(StreetAirQualityResult today, StreetAirQualityResult plan)
    {
        ArgumentNullException.ThrowIfNull(today);
        ArgumentNullException.ThrowIfNull(plan);
        var before = today.Segments.ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
        var after = plan.Segments.ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
        return new AirQualityComparison([.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal).Select(id =>
        {
            var b = before.GetValueOrDefault(id);
            var p = after.GetValueOrDefault(id);
            return new StreetAirChange(id, (p ?? b)!.StreetName, b, p);
        })]);
    }
}
