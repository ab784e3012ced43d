using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Traffic;

/// <summary>
/// Trip rates per building use. The defaults are stated assumptions, not calibrated figures: they
/// are of the order of the CROW traffic-generation key figures (CROW publication 381,
/// "Toekomstbestendig parkeren", kencijfers verkeersgeneratie) for a central urban area near a
/// station with good public transport, rounded: 5 car trip ends per dwelling per day, 10% of them
/// in the morning peak hour, 75% of those leaving home; offices 4 per 100 m² with 12% in the peak,
/// nearly all arriving; shops 20 per 100 m² but few in the morning peak. Replace them with local
/// counts (e.g. the Snelliuslaan cameras) when calibrating.
/// </summary>
public sealed record TripRates(ImmutableDictionary<BuildingUse, TripRate> ByUse)
{
    private static readonly TripRate _other = new(5, 0.5, 0.10, 0.5);

    public static TripRates Default { get; } = new(ImmutableDictionary.CreateRange(new Dictionary<BuildingUse, TripRate>
    {
        [BuildingUse.Woonfunctie] = new(5, 0, 0.10, 0.75),
        [BuildingUse.Kantoorfunctie] = new(5, 4, 0.12, 0.10),
        [BuildingUse.Winkelfunctie] = new(5, 20, 0.03, 0.50),
        [BuildingUse.Onderwijsfunctie] = new(5, 3, 0.25, 0.30),
        [BuildingUse.Gezondheidszorgfunctie] = new(5, 6, 0.08, 0.30),
        [BuildingUse.Bijeenkomstfunctie] = new(5, 8, 0.03, 0.50),
        [BuildingUse.Logiesfunctie] = new(5, 3, 0.10, 0.60),
        [BuildingUse.Industriefunctie] = new(5, 1.5, 0.12, 0.20),
        [BuildingUse.Sportfunctie] = new(5, 5, 0.03, 0.50),
        [BuildingUse.Celfunctie] = new(5, 1, 0.10, 0.30),
    }));

    /// <summary>The rate for a use (a small generic rate for uses not listed).</summary>
    public TripRate For(BuildingUse use) => ByUse.GetValueOrDefault(use, _other);

    /// <summary>A building's trips leaving and arriving in the period.</summary>
    public (double Out, double In) Trips(Building building, DemandPeriod period)
    {
        ArgumentNullException.ThrowIfNull(building);
        var home = For(BuildingUse.Woonfunctie);
        var rate = For(building.Use);
        var homeTrips = building.Dwellings * home.PerDwelling;
        var otherTrips = building.Use == BuildingUse.Woonfunctie ? 0 : building.GrossFloorArea / 100 * rate.PerHundredSquareMetres;
        if (period == DemandPeriod.Day)
        {
            var all = homeTrips + otherTrips;
            return (all / 2, all / 2);
        }

        var homePeak = homeTrips * home.PeakHourShare;
        var otherPeak = otherTrips * rate.PeakHourShare;
        return ((homePeak * home.PeakOutboundShare) + (otherPeak * rate.PeakOutboundShare),
            (homePeak * (1 - home.PeakOutboundShare)) + (otherPeak * (1 - rate.PeakOutboundShare)));
    }
}
