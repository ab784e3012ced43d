using System.Collections.Immutable;

namespace Twin.Models.Traffic;

/// <summary>
/// Trips between zones with the trip ends they were balanced to: productions (leaving) and
/// attractions (arriving, scaled to the productions' total), per zone.
/// </summary>
/// <param name="Trips">The OD matrix.</param>
/// <param name="Productions">Trips leaving each zone, as generated.</param>
/// <param name="Attractions">Trips arriving in each zone, scaled so they add up to the productions.</param>
/// <param name="BalanceIterations">Furness iterations used.</param>
/// <param name="BalanceError">Largest relative difference between a row or column total and its target at the end.</param>
public sealed record TravelDemand(
    OdMatrix Trips,
    ImmutableArray<double> Productions,
    ImmutableArray<double> Attractions,
    int BalanceIterations,
    double BalanceError);
