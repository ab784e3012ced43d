using System.Runtime.CompilerServices;

namespace Twin.Models.Traffic;

/// <summary>
/// Bi-conjugate Frank-Wolfe (Mitradjieva and Lindberg, Transportation Science 47(2), 2013): the
/// search direction is a convex combination of the new all-or-nothing flows and the two previous
/// directions' end points, chosen conjugate to both previous directions with respect to the
/// diagonal Hessian of the Beckmann objective; falls back to conjugate, then plain, Frank-Wolfe
/// when the combination is not convex. Exact line search by bisection on the directional derivative.
/// </summary>
internal sealed class FrankWolfeSolver(TrafficNetwork network, OdMatrix demand, AssignmentOptions options)
{
    private const double MaxConjugateWeight = 1 - 1e-6;

    public SolverRun Run(IProgress<AssignmentIteration>? progress, CancellationToken cancellationToken)
    {
        var flows = new LinkFlows(network);
        var log = new IterationLog(options, progress);
        var paths = new AllOrNothing(network, demand, options.MaxDegreeOfParallelism);
        var links = network.LinkCount;
        var target = new double[links];
        double[]? previous = null;
        double[]? beforePrevious = null;
        var previousStep = 0.0;

        paths.Run(flows.Cost, flows.Flow, cancellationToken);
        flows.UpdateAll();
        while (true)
        {
            var shortest = paths.Run(flows.Cost, target, cancellationToken);
            if (log.Record(IterationLog.RelativeGap(flows.TotalCost(), shortest), flows))
            {
                return new SolverRun(flows, log, null);
            }

            var end = Direction(flows, target, previous, beforePrevious, previousStep);
            previousStep = LineSearch(flows, end);
            Move(flows, end, previousStep);
            beforePrevious = previous;
            previous = end;
        }
    }

    /// <summary>The end point s of the direction s - x: conjugate to the previous directions where possible.</summary>
    private static double[] Direction(LinkFlows flows, double[] allOrNothing, double[]? previous, double[]? beforePrevious, double previousStep)
    {
        var end = (double[])allOrNothing.Clone();
        if (previous is null || previousStep >= 1)
        {
            return end;
        }

        if (beforePrevious is not null && TryBiconjugate(flows, allOrNothing, previous, beforePrevious, out var weights))
        {
            for (var a = 0; a < end.Length; a++)
            {
                end[a] = (weights.Y * allOrNothing[a]) + (weights.P1 * previous[a]) + (weights.P2 * beforePrevious[a]);
            }

            return end;
        }

        // Conjugate to the previous direction only: weight b on the previous end point.
        var (gp, pp) = (0.0, 0.0);
        for (var a = 0; a < end.Length; a++)
        {
            var h = flows.Derivative[a];
            var p = previous[a] - flows.Flow[a];
            gp += (allOrNothing[a] - flows.Flow[a]) * h * p;
            pp += p * h * p;
        }

        var denominator = gp - pp;
        var weight = denominator != 0 ? Math.Clamp(gp / denominator, 0, MaxConjugateWeight) : 0;
        for (var a = 0; a < end.Length; a++)
        {
            end[a] = ((1 - weight) * allOrNothing[a]) + (weight * previous[a]);
        }

        return end;
    }

    /// <summary>
    /// Solves for weights (y, p1, p2), summing to 1, making s - x conjugate to p1 - x and p2 - x
    /// (which span the two previous directions); false unless all weights lie in [0, 1).
    /// </summary>
    private static bool TryBiconjugate(LinkFlows flows, double[] y, double[] p1, double[] p2, out (double Y, double P1, double P2) weights)
    {
        double g1 = 0, g2 = 0, h11 = 0, h12 = 0, h22 = 0;
        for (var a = 0; a < y.Length; a++)
        {
            var h = flows.Derivative[a];
            var x = flows.Flow[a];
            var (g, d1, d2) = (y[a] - x, p1[a] - x, p2[a] - x);
            g1 += g * h * d1;
            g2 += g * h * d2;
            h11 += d1 * h * d1;
            h12 += d1 * h * d2;
            h22 += d2 * h * d2;
        }

        // (1 - b1 - b2) g.H.dk + b1 d1.H.dk + b2 d2.H.dk = 0 for k = 1, 2.
        var (a11, a12, r1) = (h11 - g1, h12 - g1, -g1);
        var (a21, a22, r2) = (h12 - g2, h22 - g2, -g2);
        var determinant = (a11 * a22) - (a12 * a21);
        weights = default;
        if (Math.Abs(determinant) < 1e-300)
        {
            return false;
        }

        var b1 = ((r1 * a22) - (a12 * r2)) / determinant;
        var b2 = ((a11 * r2) - (r1 * a21)) / determinant;
        var b0 = 1 - b1 - b2;
        weights = (b0, b1, b2);
        return b0 > 0 && b1 >= 0 && b2 >= 0 && b1 + b2 <= MaxConjugateWeight;
    }

    /// <summary>The step in [0, 1] that minimises the Beckmann objective along x + step (s - x).</summary>
    private double LineSearch(LinkFlows flows, double[] end)
    {
        if (Slope(flows, end, 1) <= 0)
        {
            return 1;
        }

        var (low, high) = (0.0, 1.0);
        for (var i = 0; i < 60 && high - low > 1e-15; i++)
        {
            var middle = 0.5 * (low + high);
            if (Slope(flows, end, middle) > 0)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return 0.5 * (low + high);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Slope(LinkFlows flows, double[] end, double step)
    {
        var slope = 0.0;
        for (var a = 0; a < end.Length; a++)
        {
            var change = end[a] - flows.Flow[a];
            if (change != 0)
            {
                slope += change * LinkCosts.Cost(network, a, flows.Flow[a] + (step * change));
            }
        }

        return slope;
    }

    private static void Move(LinkFlows flows, double[] end, double step)
    {
        for (var a = 0; a < end.Length; a++)
        {
            flows.Flow[a] += step * (end[a] - flows.Flow[a]);
        }

        flows.UpdateAll();
    }
}
