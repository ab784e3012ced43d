using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using Twin.Models.Traffic;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin traffic assign</c>: user-equilibrium assignment of a TNTP network and trip table, run
/// locally (no server), writing a TNTP flow file and printing the gap and TSTT per iteration.
/// </summary>
public static class TrafficCommand
{
    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var net = new Option<FileInfo>("--net") { Description = "TNTP network file (X_net.tntp)", Required = true };
        var trips = new Option<FileInfo>("--trips") { Description = "TNTP trip table (X_trips.tntp)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "TNTP flow file to write (X_flow.tntp)", Required = true };
        var gap = new Option<double>("--gap") { Description = "Target relative gap (total cost / shortest-path cost - 1)", DefaultValueFactory = _ => 1e-6 };
        var maxIterations = new Option<int>("--max-iterations") { Description = "Iteration cap", DefaultValueFactory = _ => 1_000 };
        var method = new Option<string>("--method") { Description = "b (Algorithm B) or fw (bi-conjugate Frank-Wolfe)", DefaultValueFactory = _ => "b" };
        method.AcceptOnlyFromAmong("b", "fw");
        var assign = new Command("assign", "Assign a TNTP trip table to a TNTP network (user equilibrium) and write the link flows")
        {
            net, trips, output, gap, maxIterations, method,
        };
        assign.SetAction(run((context, result, cancellationToken) =>
        {
            var options = new AssignmentOptions
            {
                Method = result.GetValue(method) == "fw" ? AssignmentMethod.FrankWolfe : AssignmentMethod.AlgorithmB,
                TargetRelativeGap = result.GetValue(gap),
                MaxIterations = result.GetValue(maxIterations),
                KeepOriginFlows = false,
            };
            return Task.FromResult(Assign(context, result.GetValue(net)!, result.GetValue(trips)!, result.GetValue(output)!, options, cancellationToken));
        }));
        return new Command("traffic", "Traffic models run locally on files") { assign };
    }

    private static int Assign(CliContext context, FileInfo netFile, FileInfo tripsFile, FileInfo outFile, AssignmentOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (Missing(context, netFile) || Missing(context, tripsFile))
        {
            return ExitCodes.InvalidInput;
        }

        var network = TntpReader.ReadNetwork(netFile.FullName);
        var demand = TntpReader.ReadTrips(tripsFile.FullName);
        if (Report(context, network.Problems.Concat(demand.Problems)))
        {
            return ExitCodes.InvalidInput;
        }

        context.Console.WriteLine(Formats.Invariant($"{netFile.Name}: {network.Value!.NodeCount} nodes, {network.Value.LinkCount} links, {network.Value.ZoneCount} zones; {demand.Value!.Total:N1} trips; {options.Method}"));
        var progress = new Progress(context.Console);
        var result = TrafficAssignment.Run(network.Value, demand.Value, options, progress, cancellationToken);
        if (Report(context, result.Problems))
        {
            return ExitCodes.InvalidInput;
        }

        TntpWriter.WriteFlow(outFile.FullName, network.Value, result);
        clock.Stop();
        PrintTotals(context.Console, result, clock.Elapsed, outFile);
        return ExitCodes.Success;
    }

    private static void PrintTotals(IAnsiConsole console, AssignmentResult result, TimeSpan wall, FileInfo outFile)
    {
        console.WriteLine(result.Converged
            ? Formats.Invariant($"Converged: relative gap {result.RelativeGap:0.000E+00} after {result.Iterations.Length} iterations")
            : Formats.Invariant($"Not converged: relative gap {result.RelativeGap:0.000E+00} after the cap of {result.Iterations.Length} iterations"));
        console.WriteLine(Formats.Invariant($"TSTT              {result.TotalTravelTime:N3}"));
        console.WriteLine(Formats.Invariant($"Vehicle-km        {result.VehicleDistance:N3} (network length units)"));
        console.WriteLine(Formats.Invariant($"Beckmann          {result.Beckmann:N3}"));
        console.WriteLine(Formats.Invariant($"Assignment time   {result.Elapsed.TotalSeconds:0.000} s"));
        console.WriteLine(Formats.Invariant($"Wall time         {wall.TotalSeconds:0.000} s (reading, assignment, writing)"));
        console.WriteLine("Flows written to " + outFile.FullName);
    }

    private static bool Missing(CliContext context, FileInfo file)
    {
        if (file.Exists)
        {
            return false;
        }

        context.Error.WriteLine("twin: no such file: " + file.FullName);
        return true;
    }

    private static bool Report(CliContext context, IEnumerable<TrafficProblem> problems)
    {
        const int Shown = 20;
        var all = problems.ToList();
        foreach (var problem in all.Take(Shown))
        {
            context.Error.WriteLine("twin: " + problem.Message);
        }

        if (all.Count > Shown)
        {
            context.Error.WriteLine(Formats.Invariant($"twin: ... and {all.Count - Shown} more problems"));
        }

        return all.Count > 0;
    }

    /// <summary>Prints each iteration as it is reported (on the solver's thread, in order).</summary>
    private sealed class Progress(IAnsiConsole console) : IProgress<AssignmentIteration>
    {
        public void Report(AssignmentIteration value) =>
            console.WriteLine(Formats.Invariant($"iteration {value.Iteration,5}  relative gap {value.RelativeGap:0.000E+00}  TSTT {value.TotalTravelTime:N3}"));
    }
}
