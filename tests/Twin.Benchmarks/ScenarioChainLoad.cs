using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Twin.Api.V1;
using Twin.Client;
using Twin.Models.Demo;
using Twin.Models.Planning;
using Twin.Testing;

namespace Twin.Benchmarks;

/// <summary>
/// The scenario-chain load command: the whole chain for the Stationsgebied example plan (three towers,
/// trees felled, Snelliuslaan one-way). First in process, stage by stage (traffic for today and the plan,
/// SRM1 air quality, sun hours per facade for today and the plan, planning indicators), <c>--repeat</c>
/// times with the median per stage; then, unless <c>--no-silo</c>, against a real silo started like the
/// demo: wall time of RunScenario from the request to the outcome, as a planner's `twin scenario run` sees it.
/// </summary>
public static class ScenarioChainLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var repeat = Math.Max(1, Option(args, "--repeat", 3));
        Console.WriteLine($"scenario-chain: {Environment.ProcessorCount} cores, example plan '{DemoProposal.Id}' on the Stationsgebied demo, {repeat} runs");
        var city = DemoDistrict.Generate(DemoOptions.Default);
        var edits = DemoProposal.Edits(city);
        var stages = new Dictionary<string, List<double>>();
        for (var i = 0; i < repeat; i++)
        {
            var total = Stopwatch.StartNew();
            var today = Time(stages, "traffic today", () => ScenarioTraffic.Run("base", 0, DateTimeOffset.UtcNow, city, []));
            var plan = Time(stages, "traffic plan", () => ScenarioTraffic.Run(DemoProposal.Id, 1, DateTimeOffset.UtcNow, city, edits));
            var run = new ScenarioAssessor(DemoProposal.Id, 1, DateTimeOffset.UtcNow, city, edits, null);
            Time(stages, "air quality today (SRM1)", () => new ScenarioAssessor("base", 0, DateTimeOffset.UtcNow, city, [], null).AirQuality(today));
            Time(stages, "air quality plan (SRM1)", () => run.AirQuality(plan));
            var sun = Time(stages, "sun hours today + plan", () => run.Sun()!.Value);
            Time(stages, "planning indicators", run.Indicators);
            Record(stages, "whole chain", total.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}: {total.Elapsed.TotalSeconds:0.00} s ({sun.Plan.PointCount:N0} facade points, plan area {run.PlanArea!.Envelope.Width:0} x {run.PlanArea.Envelope.Height:0} m)"));
        }

        foreach (var (stage, times) in stages)
        {
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-28} median {times[times.Count / 2]:0.000} s (min {times[0]:0.000}, max {times[^1]:0.000})"));
        }

        if (!args.Contains("--no-silo"))
        {
            await OnSiloAsync(repeat);
        }

        return 0;
    }

    private static async Task OnSiloAsync(int repeat)
    {
        await using var silo = await SiloProcess.StartAsync([], serverGc: true);
        using var client = TwinClient.Connect(silo.GrpcAddress);
        var times = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            using var call = client.Scenarios.RunScenario(new RunScenarioRequest { Id = DemoProposal.Id });
            ScenarioRunOutcome? outcome = null;
            await foreach (var update in call.ResponseStream.ReadAllAsync())
            {
                outcome = update.Outcome ?? outcome;
            }

            times.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"silo run {i + 1}: {times[^1]:0.00} s, succeeded {outcome?.Succeeded}"));
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  RunScenario on a silo (traffic, air, sun, indicators; today already run)  median {times[times.Count / 2]:0.00} s"));
    }

    private static T Time<T>(Dictionary<string, List<double>> stages, string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Record(stages, stage, clock.Elapsed.TotalSeconds);
        return result;
    }

    private static void Record(Dictionary<string, List<double>> stages, string stage, double seconds)
    {
        if (!stages.TryGetValue(stage, out var times))
        {
            stages[stage] = times = [];
        }

        times.Add(seconds);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
