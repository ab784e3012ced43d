using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Daylight;

/// <summary>
/// Possible sun hours on the facades of a city, and which dwellings meet the light TNO norm (at least 2
/// possible sun hours on every day from 19 February to 21 October): the sun-and-shadow study of a planning
/// proposal, for a planner comparing the base city with the proposal.
/// </summary>
/// <remarks>
/// <para>Each sample point (<see cref="SunHoursOptions.Spacing"/> apart on every facade) gets its horizon once:
/// per azimuth bin, the highest obstruction (building prisms and, optionally, tree crowns within
/// <see cref="SunHoursOptions.MaxDistance"/>). Then, for every time step of every day, the Sun (NREL SPA, seen
/// from the district's centre) counts when it is above that horizon, above the minimum elevation and in front of
/// the facade. Points are computed in parallel, each on its own, so the result does not depend on the threads.</para>
/// <para>Terrain is flat around each point (the point's own ground level): Hilversum's slopes are gentle.</para>
/// </remarks>
public static class SunHours
{
    /// <summary>Sun hours of the buildings of <paramref name="city"/> (those in <see cref="SunHoursOptions.Area"/>, if set).</summary>
    /// <exception cref="ArgumentException">The options are invalid; the exception names the parameter.</exception>
    public static SunHoursResult Compute(CitySet city, SunHoursOptions options)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Length: > 0 } invalid)
        {
            throw new ArgumentException(string.Join("; ", invalid), invalid[0].Parameter);
        }

        var problems = new List<string>();
        var scene = DaylightScene.Build(city, options.IncludeTrees, problems);
        var points = FacadeSampler.Sample(scene, options);
        var centre = scene.Buildings.Count == 0 ? DefaultCentre : Centre(scene, options);
        var path = SunPath.For(centre, options);
        var hours = PointHours.Compute(scene, path, points, options);
        return Aggregate(scene, points, hours, path, options, problems);
    }

    /// <summary>Hilversum station, for a city without buildings.</summary>
    private static RdPoint DefaultCentre { get; } = new(140_700, 471_200);

    private static RdPoint Centre(DaylightScene scene, SunHoursOptions options)
    {
        if (options.Area is { } area)
        {
            return area.Centre;
        }

        var boxes = scene.Buildings.Boxes;
        return new RdPoint(scene.Origin.X + boxes.Average(b => (b.MinX + b.MaxX) / 2), scene.Origin.Y + boxes.Average(b => (b.MinY + b.MaxY) / 2));
    }

    private static SunHoursResult Aggregate(DaylightScene scene, List<FacadePoint> points, PointHours hours, SunPath path, SunHoursOptions options, List<string> problems)
    {
        var byFacade = points.Select((p, i) => (p, i)).ToLookup(x => (x.p.Building, x.p.Facade), x => x.i);
        var receivers = points.Select(p => p.Building).Distinct();
        var buildings = scene.Buildings;
        var result = new List<BuildingSunHours>();
        for (var b = 0; b < buildings.Count; b++)
        {
            var source = buildings.Sources[b];
            if (options.Area is { } area && !area.Contains(source.Anchor))
            {
                continue;
            }

            var facades = Enumerable.Range(0, buildings.FacadeCount(b))
                .Select(f => Facade(buildings, b, f, [.. byFacade[(b, f)]], hours, path, options))
                .ToImmutableArray();
            var count = facades.Sum(f => f.PointCount);
            if (count == 0)
            {
                problems.Add($"building {source.Id}: no facade point (every wall is a party wall or below the sill height); it has no sun hours");
            }

            var mean = count == 0 ? 0 : facades.Sum(f => f.MeanDailyHours * f.PointCount) / count;
            var min = count == 0 ? 0 : facades.Where(f => f.HasData).Max(f => f.MinDailyHours);
            result.Add(new BuildingSunHours(source.Id, source.Dwellings, mean, min, count > 0 && min >= options.RequiredHours - 1e-9, facades));
        }

        return new SunHoursResult(
            options.From,
            options.To,
            options.RequiredHours,
            options.Spacing,
            options.MinimumSunElevation,
            options.IncludeTrees,
            points.Count,
            [.. result.OrderBy(b => b.BuildingId, StringComparer.Ordinal)],
            [.. problems]);
    }

    private static FacadeSunHours Facade(DaylightBuildings buildings, int b, int f, int[] members, PointHours hours, SunPath path, SunHoursOptions options)
    {
        var (x0, y0, x1, y1, nx, ny) = buildings.Edge(buildings.EdgeStart(b) + f);
        var length = Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0)));
        var azimuth = nx == 0 && ny == 0 ? 0 : (AzimuthBins.Azimuth(nx, ny) + 360) % 360;
        if (members.Length == 0)
        {
            return new FacadeSunHours(f, azimuth, length, 0, 0, 0, options.From, 0, 0);
        }

        var best = members.MaxBy(p => hours.MinDaily[p]);
        return new FacadeSunHours(
            f,
            azimuth,
            length,
            members.Length,
            members.Average(p => hours.Total[p]) / path.Days,
            hours.MinDaily[best],
            options.From.AddDays(hours.WorstDay[best]),
            members.Average(p => hours.FirstDay[p]),
            members.Average(p => hours.LastDay[p]));
    }
}
