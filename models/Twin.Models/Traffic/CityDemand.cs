using Twin.Models.City;

namespace Twin.Models.Traffic;

/// <summary>
/// Car trips between the zones of a <see cref="CityNetwork"/>: generated from the buildings of each
/// zone (<see cref="TripRates"/>), plus external traffic through the boundary roads, distributed with
/// the <see cref="GravityModel"/> on free-flow times.
/// </summary>
public static class CityDemand
{
    public static TravelDemand Generate(CityNetwork network, CitySet city, DemandOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(city);
        options ??= DemandOptions.Default;
        var (productions, attractions) = TripEnds(network, city, options);
        return GravityModel.Distribute(productions, attractions, FreeFlowTimes(network.Network), options);
    }

    private static (double[] Productions, double[] Attractions) TripEnds(CityNetwork network, CitySet city, DemandOptions options)
    {
        var zones = network.Zones.Length;
        var (productions, attractions) = (new double[zones], new double[zones]);
        var zoneOf = network.Zones.SelectMany(z => z.Buildings.Select(id => (id, z.Index))).ToDictionary(p => p.id, p => p.Index, StringComparer.Ordinal);
        foreach (var building in city.Buildings)
        {
            if (zoneOf.TryGetValue(building.Id, out var zone))
            {
                var (leaving, arriving) = options.Rates.Trips(building, options.Period);
                productions[zone] += leaving;
                attractions[zone] += arriving;
            }
        }

        var traffic = network.Network;
        var perPeriod = options.Period == DemandPeriod.Day ? 1 / options.ExternalPeakHourShare : 1;
        foreach (var zone in network.Zones.Where(z => z.IsExternal))
        {
            var boundary = traffic.To[traffic.OutLinks[traffic.OutStart[zone.Index]]];
            productions[zone.Index] = options.ExternalLoadFactor * perPeriod * StreetCapacity(traffic, boundary, outward: false);
            attractions[zone.Index] = options.ExternalLoadFactor * perPeriod * StreetCapacity(traffic, boundary, outward: true);
        }

        return (productions, attractions);
    }

    /// <summary>Capacity of the street links leaving (into the area) or entering (leaving the area) a boundary node.</summary>
    private static double StreetCapacity(TrafficNetwork network, int boundary, bool outward)
    {
        var (start, links) = outward ? (network.InStart, network.InLinks) : (network.OutStart, network.OutLinks);
        var capacity = 0.0;
        for (var k = start[boundary]; k < start[boundary + 1]; k++)
        {
            var link = links[k];
            var other = outward ? network.From[link] : network.To[link];
            if (other >= network.ZoneCount)
            {
                capacity += network.Capacity[link];
            }
        }

        return capacity;
    }

    /// <summary>Zone-to-zone free-flow times, row-major, infinite where there is no path.</summary>
    private static double[] FreeFlowTimes(TrafficNetwork network)
    {
        var zones = network.ZoneCount;
        var times = new double[zones * zones];
        var cost = network.FreeFlowTime.Select((t, a) => t + network.FixedCost[a]).ToArray();
        Parallel.For(0, zones, () => new ShortestPathTree(network), (origin, _, tree) =>
        {
            tree.Build(origin, cost);
            Array.Copy(tree.Distance, 0, times, origin * zones, zones);
            return tree;
        }, _ => { });
        return times;
    }
}
