using System.Collections.Immutable;

namespace Twin.Models.Daylight;

/// <summary>
/// A proposal's sun hours against the base city's: the dwellings that met the light TNO norm and no longer do
/// (<see cref="NewlyFailing"/>), the proposal's new dwellings that fail it (<see cref="NewFailing"/>), those
/// that newly pass, and every building and facade whose hours changed. Buildings match by id; facades by index,
/// and only when the building kept its number of facades (a changed footprint is compared as a whole).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.daylight.sun-hours-comparison")]
public sealed record SunHoursComparison(
    [property: Id(0)] ImmutableArray<BuildingSunChange> NewlyFailing,
    [property: Id(1)] ImmutableArray<BuildingSunChange> NewFailing,
    [property: Id(2)] ImmutableArray<BuildingSunChange> NewlyPassing,
    [property: Id(3)] ImmutableArray<BuildingSunChange> Buildings,
    [property: Id(4)] ImmutableArray<FacadeSunChange> Facades)
{
    /// <summary>Changes smaller than this (hours) are rounding of the time step, not a change.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Dwellings in the buildings that newly fail the norm.</summary>
    public int NewlyFailingDwellings => NewlyFailing.Sum(b => b.Dwellings);

    public static SunHoursComparison Compare(SunHoursResult baseResult, SunHoursResult proposal)
    {
        ArgumentNullException.ThrowIfNull(baseResult);
        ArgumentNullException.ThrowIfNull(proposal);
        var before = baseResult.Buildings.ToDictionary(b => b.BuildingId, StringComparer.Ordinal);
        var buildings = new List<BuildingSunChange>();
        var facades = new List<FacadeSunChange>();
        foreach (var after in proposal.Buildings)
        {
            var was = before.GetValueOrDefault(after.BuildingId);
            var change = new BuildingSunChange(
                after.BuildingId, after.Dwellings, was?.MinDailyHours, after.MinDailyHours, was?.MeanDailyHours, after.MeanDailyHours, was?.MeetsNorm, after.MeetsNorm);
            if (was is null || Changed(was.MinDailyHours, after.MinDailyHours) || Changed(was.MeanDailyHours, after.MeanDailyHours) || was.MeetsNorm != after.MeetsNorm)
            {
                buildings.Add(change);
            }

            if (was is not null && was.Facades.Length == after.Facades.Length)
            {
                facades.AddRange(was.Facades.Zip(after.Facades)
                    .Where(f => f.First.HasData && f.Second.HasData && (Changed(f.First.MeanDailyHours, f.Second.MeanDailyHours) || Changed(f.First.MinDailyHours, f.Second.MinDailyHours)))
                    .Select(f => new FacadeSunChange(after.BuildingId, f.Second.Facade, f.First.MeanDailyHours, f.Second.MeanDailyHours, f.First.MinDailyHours, f.Second.MinDailyHours)));
            }
        }

        return new SunHoursComparison(
            [.. buildings.Where(b => b.NewlyFails)],
            [.. buildings.Where(b => b.IsNew && b.Dwellings > 0 && !b.MeetsNormAfter)],
            [.. buildings.Where(b => b.Dwellings > 0 && b.MetNormBefore == false && b.MeetsNormAfter)],
            [.. buildings],
            [.. facades]);
    }

    private static bool Changed(double before, double after) => Math.Abs(after - before) > Tolerance;
}
