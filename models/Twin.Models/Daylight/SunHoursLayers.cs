using System.Collections.Immutable;
using Twin.Models.Results;

namespace Twin.Models.Daylight;

/// <summary>
/// Sun hours as result layers for the 3D tiles, one value per building and per facade (the tiles colour each
/// LOD1 wall by its facade): mean possible sun hours per day for base and proposal, and the change between them.
/// Facades without sample points (party walls) carry no value and show as "no data".
/// </summary>
public static class SunHoursLayers
{
    public const string MeanDailyHoursId = "sun-hours";

    public const string ChangeId = "sun-hours-change";

    /// <summary>Mean possible sun hours per day over the period, per building and per facade.</summary>
    public static ResultLayerValues MeanDailyHours(SunHoursResult result, string id = MeanDailyHoursId)
    {
        ArgumentNullException.ThrowIfNull(result);
        var withData = result.Buildings.Where(b => b.PointCount > 0).ToList();
        return ResultLayerValues.CreatePerFacade(
            id,
            $"Mogelijke bezonningsuren per dag, {Dutch(result.From)} – {Dutch(result.To)}",
            "h/day",
            withData.Select(b => KeyValuePair.Create(b.BuildingId, b.MeanDailyHours)),
            withData.Select(b => KeyValuePair.Create(b.BuildingId, b.Facades.Select(f => f.HasData ? f.MeanDailyHours : double.NaN).ToImmutableArray())));
    }

    /// <summary>
    /// The proposal's mean daily sun hours minus the base's, per building and per facade of the proposal
    /// (diverging around 0); a building the proposal adds has no value, and neither does a facade whose
    /// building changed its number of facades.
    /// </summary>
    public static ResultLayerValues Change(SunHoursResult baseResult, SunHoursResult proposal, string id = ChangeId)
    {
        ArgumentNullException.ThrowIfNull(baseResult);
        ArgumentNullException.ThrowIfNull(proposal);
        var before = baseResult.Buildings.ToDictionary(b => b.BuildingId, StringComparer.Ordinal);
        var pairs = proposal.Buildings
            .Where(b => b.PointCount > 0 && before.TryGetValue(b.BuildingId, out var was) && was.PointCount > 0)
            .Select(b => (After: b, Before: before[b.BuildingId]))
            .ToList();
        return ResultLayerValues.CreatePerFacade(
            id,
            "Verschil in mogelijke bezonningsuren per dag t.o.v. huidige situatie",
            "h/day",
            pairs.Select(p => KeyValuePair.Create(p.After.BuildingId, p.After.MeanDailyHours - p.Before.MeanDailyHours)),
            pairs.Select(p => KeyValuePair.Create(p.After.BuildingId, FacadeChanges(p.Before, p.After))),
            diverging: true);
    }

    private static ImmutableArray<double> FacadeChanges(BuildingSunHours before, BuildingSunHours after) =>
        before.Facades.Length != after.Facades.Length
            ? [.. after.Facades.Select(_ => double.NaN)]
            : [.. before.Facades.Zip(after.Facades, (b, a) => b.HasData && a.HasData ? a.MeanDailyHours - b.MeanDailyHours : double.NaN)];

    // Layer names are Dutch like the other result layers; month names spelled out here so the host's culture data does not matter.
    private static string Dutch(DateOnly day) =>
        FormattableString.Invariant($"{day.Day} {DutchMonths[day.Month - 1]}");

    private static readonly string[] DutchMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
}
