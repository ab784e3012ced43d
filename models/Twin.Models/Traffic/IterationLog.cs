using System.Diagnostics;

namespace Twin.Models.Traffic;

/// <summary>Records each iteration's gap and totals, reports it, and says when to stop.</summary>
internal sealed class IterationLog(AssignmentOptions options, IProgress<AssignmentIteration>? progress)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public List<AssignmentIteration> Iterations { get; } = [];

    public bool Converged { get; private set; }

    /// <summary>Records an iteration; true when the run should stop (gap reached or iterations used up).</summary>
    public bool Record(double relativeGap, LinkFlows flows)
    {
        var iteration = new AssignmentIteration(
            Iterations.Count + 1, relativeGap, flows.TotalTravelTime(), flows.Beckmann(), _clock.Elapsed);
        Iterations.Add(iteration);
        progress?.Report(iteration);
        Converged = relativeGap <= options.TargetRelativeGap;
        return Converged || Iterations.Count >= options.MaxIterations;
    }

    /// <summary>Relative gap: total cost at current costs over the shortest-path cost, minus 1.</summary>
    public static double RelativeGap(double totalCost, double shortestPathCost) =>
        shortestPathCost > 0 ? Math.Max((totalCost / shortestPathCost) - 1, 0) : 0;
}
