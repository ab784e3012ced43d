using System.Diagnostics;
using System.Globalization;
using Twin.Models.Demo;
using Twin.Models.Traffic;
using Twin.Testing;

namespace Twin.Benchmarks;

/// <summary>
/// The traffic assignment load command: wall time and iterations until the relative gap first
/// reaches 1e-4, 1e-6 and 1e-8, for Algorithm B and bi-conjugate Frank-Wolfe (with an iteration
/// cap), on Sioux Falls (TNTP) and on the city-scale synthetic district, plus peak memory.
/// Sioux Falls runs once to warm up, then <c>--repeat</c> times (the median is reported); the city
/// scale, minutes per run, runs once with both methods capped (<c>--city-b-cap</c>, <c>--city-fw-cap</c>).
/// </summary>
public static class TrafficAssign
{
    private static readonly double[] Gaps = [1e-4, 1e-6, 1e-8];

    private static int? _innerPasses;
    private static int? _threads;
    private static bool _skipFrankWolfe;

    public static int Run(string[] args)
    {
        _innerPasses = args.Contains("--passes") ? IntOption(args, "--passes", 4) : null;
        _threads = args.Contains("--threads") ? IntOption(args, "--threads", 2) : null;
        _skipFrankWolfe = args.Contains("--no-fw");
        var repeat = Math.Max(1, IntOption(args, "--repeat", 5));
        var frankWolfeCap = IntOption(args, "--fw-cap", 2_000);
        var cityFrankWolfeCap = IntOption(args, "--city-fw-cap", 100);
        Console.WriteLine($"traffic-assign: median of {repeat} runs after a warm-up, {Environment.ProcessorCount} cores");

        var only = args.Contains("--city-only") ? "city" : args.Contains("--sioux-falls-only") ? "sioux" : null;
        if (only == "city")
        {
        }
        else if (RepositoryPaths.SharedData is { } data)
        {
            var folder = Path.Combine(data, "traffic", "SiouxFalls");
            var network = TntpReader.ReadNetwork(Path.Combine(folder, "SiouxFalls_net.tntp")).Require();
            var demand = TntpReader.ReadTrips(Path.Combine(folder, "SiouxFalls_trips.tntp")).Require();
            Measure("Sioux Falls", network, demand, repeat, 10_000, frankWolfeCap);
        }
        else
        {
            Console.WriteLine("Sioux Falls skipped: ../shared/data is not there");
        }

        if (only == "sioux")
        {
            return 0;
        }

        var clock = Stopwatch.StartNew();
        var city = DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.City });
        var generated = clock.Elapsed;
        var cellSize = IntOption(args, "--zone-cell", 500);
        var cityNetwork = CityNetworkBuilder.Build(city, new CityNetworkOptions { ZoneCellSize = cellSize }).Require();
        var cityDemand = CityDemand.Generate(cityNetwork, city);
        Console.WriteLine(Invariant($"City scale: demo generated in {generated.TotalSeconds:0.00} s, network ({cellSize} m zone grid) and demand built in {(clock.Elapsed - generated).TotalSeconds:0.00} s; {cityDemand.Trips.Total:N0} peak-hour trips"));
        if (args.Contains("--write-city"))
        {
            // The same network and demand as TNTP files, so that whole processes (`twin traffic
            // assign`, another solver) can be timed on exactly what this command runs in process.
            var folder = Directory.CreateDirectory(StringOption(args, "--write-city", "city-tntp")).FullName;
            TntpWriter.WriteNetwork(Path.Combine(folder, "HilversumCity_net.tntp"), cityNetwork.Network);
            TntpWriter.WriteTrips(Path.Combine(folder, "HilversumCity_trips.tntp"), cityDemand.Trips);
            Console.WriteLine($"Wrote HilversumCity_net.tntp and HilversumCity_trips.tntp to {folder}");
            return 0;
        }

        // Minutes per run: one run, no warm-up (JIT is noise at this scale), both methods capped.
        Measure("City scale (DemoScale.City)", cityNetwork.Network, cityDemand.Trips, 1, IntOption(args, "--city-b-cap", 40), cityFrankWolfeCap);

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(Invariant($"Peak working set of this process: {self.PeakWorkingSet64 / 1024.0 / 1024:N0} MiB"));
        return 0;
    }

    private static void Measure(string name, TrafficNetwork network, OdMatrix demand, int repeat, int algorithmBCap, int frankWolfeCap)
    {
        Console.WriteLine(Invariant($"\n{name}: {network.NodeCount:N0} nodes, {network.LinkCount:N0} links, {network.ZoneCount:N0} zones, {demand.Total:N0} trips"));
        Console.WriteLine("| method | target gap | iterations | wall time (median) | min | max |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var tuning = new AssignmentOptions
        {
            TargetRelativeGap = Gaps[^1],
            InnerPasses = _innerPasses ?? AssignmentOptions.Default.InnerPasses,
            MaxDegreeOfParallelism = _threads ?? AssignmentOptions.Default.MaxDegreeOfParallelism,
        };
        Report(Invariant($"Algorithm B (cap {algorithmBCap})"), network, demand, tuning with { MaxIterations = algorithmBCap, KeepOriginFlows = false }, repeat);
        if (!_skipFrankWolfe)
        {
            Report(Invariant($"Frank-Wolfe (bi-conjugate, cap {frankWolfeCap})"), network, demand, tuning with { Method = AssignmentMethod.FrankWolfe, MaxIterations = frankWolfeCap }, repeat);
        }
    }

    private static void Report(string method, TrafficNetwork network, OdMatrix demand, AssignmentOptions options, int repeat)
    {
        var verbose = Environment.GetEnvironmentVariable("TWIN_TRAFFIC_VERBOSE") == "1";
        if (repeat > 1)
        {
            TrafficAssignment.Run(network, demand, options, verbose ? new Recorder(i => Console.WriteLine(Invariant($"  {i.Iteration} {i.RelativeGap:0.00E+0} {i.Elapsed.TotalSeconds:0.000}s"))) : null);
        }

        var runs = Enumerable.Range(0, repeat).Select(_ => FirstReached(network, demand, options)).ToList();
        for (var g = 0; g < Gaps.Length; g++)
        {
            var reached = runs.Where(r => r[g] is not null).Select(r => r[g]!.Value).ToList();
            if (reached.Count < runs.Count)
            {
                var best = runs[0][Gaps.Length]!.Value;
                Console.WriteLine(Invariant($"| {method} | {Gaps[g]:0E+0} | not reached in {best.Iteration} (gap {best.RelativeGap:0.0E+0}) | {best.Elapsed.TotalSeconds:0.000} s | | |"));
                continue;
            }

            var seconds = reached.Select(r => r.Elapsed.TotalSeconds).Order().ToList();
            Console.WriteLine(Invariant($"| {method} | {Gaps[g]:0E+0} | {reached[0].Iteration} | {seconds[seconds.Count / 2]:0.000} s | {seconds[0]:0.000} s | {seconds[^1]:0.000} s |"));
        }
    }

    /// <summary>The first iteration at or below each gap (null when not reached), and the last iteration.</summary>
    private static AssignmentIteration?[] FirstReached(TrafficNetwork network, OdMatrix demand, AssignmentOptions options)
    {
        var first = new AssignmentIteration?[Gaps.Length + 1];
        var progress = new Recorder(iteration =>
        {
            for (var g = 0; g < Gaps.Length; g++)
            {
                if (first[g] is null && iteration.RelativeGap <= Gaps[g])
                {
                    first[g] = iteration;
                }
            }

            first[Gaps.Length] = iteration;
        });
        TrafficAssignment.Run(network, demand, options, progress);
        return first;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string StringOption(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Recorder(Action<AssignmentIteration> report) : IProgress<AssignmentIteration>
    {
        public void Report(AssignmentIteration value) => report(value);
    }
}
