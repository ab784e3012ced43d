using System.Diagnostics;
using System.Globalization;
using Twin.Models.City;
using Twin.Models.Daylight;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Benchmarks;

/// <summary>
/// The sun-hours load command: possible sun hours over the light TNO period (19 February - 21 October, 245
/// days) on every facade of a 1 km × 1 km district of the city-scale demo around the station, sample points
/// 1 m apart (<c>--spacing</c>), 5-minute steps (<c>--step</c>), 1° bins; buildings within 300 m around the
/// square cast shadow. Runs <c>--repeat</c> times after generating the city and reports the median wall time,
/// the points, buildings and dwellings that fail the norm; <c>--trees</c> adds tree crowns.
/// </summary>
public static class SunHoursLoad
{
    public static int Run(string[] args)
    {
        var spacing = Option(args, "--spacing", 1);
        var step = Option(args, "--step", 5);
        var side = Option(args, "--side", 1000);
        var repeat = (int)Math.Max(1, Option(args, "--repeat", 3));
        var trees = args.Contains("--trees");
        Console.WriteLine($"sun-hours: {Environment.ProcessorCount} cores, {side:0} m square, spacing {spacing} m, step {step} min, trees {(trees ? "on" : "off")}");

        var clock = Stopwatch.StartNew();
        var city = DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.City });
        Console.WriteLine($"demo city generated in {clock.Elapsed.TotalSeconds:0.0} s: {city.Buildings.Length:N0} buildings, {city.Trees.Length:N0} trees");

        var centre = DemoDistrict.StationRd;
        var area = new RdEnvelope(centre.X - (side / 2), centre.Y - (side / 2), centre.X + (side / 2), centre.Y + (side / 2));
        var options = SunHoursOptions.LightTnoNorm() with
        {
            Spacing = spacing,
            TimeStep = TimeSpan.FromMinutes(step),
            Area = area,
            IncludeTrees = trees,
        };
        var nearby = city.Within(area.Expanded(options.MaxDistance), EntityKinds.Building | EntityKinds.Tree);
        Console.WriteLine($"within {options.MaxDistance:0} m of the square: {nearby.Buildings.Length:N0} buildings, {nearby.Trees.Length:N0} trees");

        var times = new List<double>();
        SunHoursResult? result = null;
        for (var i = 0; i < repeat; i++)
        {
            clock.Restart();
            result = SunHours.Compute(nearby, options);
            times.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}: {times[^1]:0.00} s"));
        }

        times.Sort();
        var dwellings = result!.Buildings.Where(b => b.HasDwellings).ToList();
        var failing = dwellings.Where(b => !b.MeetsNorm).ToList();
        var facades = result.Buildings.SelectMany(b => b.Facades).Where(f => f.HasData).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            buildings in the square: {result.Buildings.Length:N0} ({dwellings.Count:N0} with dwellings), facades with points: {facades.Count:N0}
            sample points: {result.PointCount:N0}; days: {result.To.DayNumber - result.From.DayNumber + 1}
            median of {repeat}: {times[times.Count / 2]:0.00} s ({result.PointCount / times[times.Count / 2]:N0} points/s)
            dwelling buildings failing the light TNO norm: {failing.Count:N0} ({failing.Sum(b => b.Dwellings):N0} dwellings)
            mean possible sun hours per day over all facade points: {facades.Sum(f => f.MeanDailyHours * f.PointCount) / facades.Sum(f => f.PointCount):0.00} h
            problems: {result.Problems.Length}
            """));
        return 0;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
