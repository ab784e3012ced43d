using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>
/// Algorithm B (Dial, Transportation Research Part B 40(10), 2006). Each origin keeps an acyclic
/// bush. An iteration updates every bush (in parallel: it only reads costs), then makes a few
/// passes of Newton flow shifts over the bushes (<see cref="FlowShifter"/>: one bush after another,
/// as shifts change the shared costs), then recomputes the total link flows from the bushes so that rounding in the
/// many small shifts does not build up, and measures the gap.
/// </summary>
/// <remarks>
/// The hot loops here and in <see cref="Bush"/>, <see cref="BushEditor"/>, <see cref="FlowShifter"/>,
/// <see cref="ShortestPathTree"/> and <see cref="LinkFlows"/> are marked
/// <see cref="MethodImplOptions.AggressiveOptimization"/>: a command-line run is over before tiered
/// compilation would optimize them (Sioux Falls to 1e-8 took 35 ms without, 5 ms with).
/// </remarks>
internal sealed class AlgorithmBSolver(TrafficNetwork network, OdMatrix demand, AssignmentOptions options)
{
    /// <summary>
    /// A bush sits out the rest of an iteration's shift passes once its own gap is below this share of
    /// the last iteration's gap (with bushes grown by shortest-path shortcuts, see
    /// <see cref="BushEditor.Update"/>). With at most 20 passes instead of 60
    /// (<see cref="AssignmentOptions.InnerPasses"/>) a quarter, a half and a tenth all stalled above
    /// 1e-8 within 40 iterations on the city network.
    /// </summary>
    private const double SettledShare = 0.25;

    /// <summary>
    /// Within a pass, a merge node whose max and min path costs differ by less than this share of the
    /// sit-out bar (relatively) is left alone: its shift would walk both segments and recompute their
    /// costs for almost nothing. On the city network a hundredth took 1e-6 from 6.6 s to 4.8-5.4 s and
    /// 1e-8 from 15.7-19.7 s to 13.5-16.2 s (0.005, 0.001 and 0.03 were slower).
    /// </summary>
    private const double MergeShare = 0.01;

    public SolverRun Run(IProgress<AssignmentIteration>? progress, CancellationToken cancellationToken)
    {
        var flows = new LinkFlows(network);
        var log = new IterationLog(options, progress);
        var paths = new AllOrNothing(network, demand, options.MaxDegreeOfParallelism);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        var editors = new BushEditor[Math.Clamp(Math.Min(parallel.MaxDegreeOfParallelism, paths.Origins.Count), 1, 64)];
        var bushes = Initialise(paths.Origins, editors, parallel, flows);
        var shifter = new FlowShifter(network, flows);
        var gap = double.PositiveInfinity;
        while (true)
        {
            ForEachBush(bushes, editors, parallel, (editor, bush) => editor.Update(bush, flows.Cost, demand.Row(bush.Origin)));
            SumBushFlows(bushes, flows);
            ShiftPasses(bushes, shifter, Math.Max(options.TargetRelativeGap * 0.01, gap * SettledShare));
            SumBushFlows(bushes, flows);

            gap = IterationLog.RelativeGap(flows.TotalCost(), paths.Run(flows.Cost, null, cancellationToken));
            if (log.Record(gap, flows))
            {
                return new SolverRun(flows, log, options.KeepOriginFlows ? OriginFlows(bushes) : null);
            }
        }
    }

    /// <summary>
    /// Shift passes over the bushes. A bush whose own relative gap (<see cref="FlowShifter.Pass"/>) is
    /// within <paramref name="settled"/> sits out the remaining passes of this iteration, so the passes
    /// go to the bushes furthest from equilibrium. The first iteration, with no gap yet, makes one pass.
    /// </summary>
    private void ShiftPasses(Bush[] bushes, FlowShifter shifter, double settled)
    {
        var active = bushes.ToList();
        var tolerance = double.IsInfinity(settled) ? FlowShifter.RelativeShiftTolerance : Math.Max(FlowShifter.RelativeShiftTolerance, settled * MergeShare);
        for (var pass = 0; pass < Math.Max(1, options.InnerPasses) && active.Count > 0; pass++)
        {
            active.RemoveAll(bush => shifter.Pass(bush, tolerance) <= settled);
        }
    }

    private Bush[] Initialise(IReadOnlyList<int> origins, BushEditor[] editors, ParallelOptions parallel, LinkFlows flows)
    {
        var bushes = origins.Select(origin => new Bush(origin, network.NodeCount)).ToArray();
        var trees = new ShortestPathTree[editors.Length];
        for (var block = 0; block < editors.Length; block++)
        {
            (editors[block], trees[block]) = (new BushEditor(network), new ShortestPathTree(network));
        }

        Parallel.For(0, editors.Length, parallel, block =>
        {
            for (var i = block; i < bushes.Length; i += editors.Length)
            {
                trees[block].Build(bushes[i].Origin, flows.Cost);
                editors[block].Initialise(bushes[i], trees[block], demand.Row(bushes[i].Origin));
            }
        });

        SumBushFlows(bushes, flows);
        return bushes;
    }

    /// <summary>Runs an edit on every bush, in parallel: block b (with its own editor) takes every blocks-th bush.</summary>
    private static void ForEachBush(Bush[] bushes, BushEditor[] editors, ParallelOptions parallel, Action<BushEditor, Bush> edit) =>
        Parallel.For(0, editors.Length, parallel, block =>
        {
            for (var i = block; i < bushes.Length; i += editors.Length)
            {
                edit(editors[block], bushes[i]);
            }
        });

    /// <summary>Total link flows as the sum of the bushes' flows, in bush order, and their costs.</summary>
    private static void SumBushFlows(Bush[] bushes, LinkFlows flows)
    {
        Array.Clear(flows.Flow);
        foreach (var bush in bushes)
        {
            bush.AddFlowsTo(flows.Flow);
        }

        flows.UpdateAll();
    }

    /// <summary>Per-origin link flows by zone (null for zones without trips).</summary>
    private double[][] OriginFlows(Bush[] bushes)
    {
        var byZone = new double[demand.ZoneCount][];
        foreach (var bush in bushes)
        {
            byZone[bush.Origin] = bush.LinkFlows(network.LinkCount);
        }

        return byZone;
    }
}
