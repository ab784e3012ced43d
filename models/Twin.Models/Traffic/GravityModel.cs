namespace Twin.Models.Traffic;

/// <summary>
/// Doubly constrained gravity distribution: T_ij = a_i b_j P_i A_j f(c_ij), with the factors found by
/// Furness (iterative proportional fitting) so that rows add up to the productions and columns to
/// the attractions. Intrazonal trips are left out (they do not load the network); pairs without a
/// path (infinite cost) get none.
/// </summary>
public static class GravityModel
{
    /// <summary>Distributes trips; <paramref name="cost"/> is zone-to-zone generalized cost (minutes), row-major.</summary>
    public static TravelDemand Distribute(double[] productions, double[] attractions, double[] cost, DemandOptions options)
    {
        ArgumentNullException.ThrowIfNull(productions);
        ArgumentNullException.ThrowIfNull(attractions);
        ArgumentNullException.ThrowIfNull(cost);
        ArgumentNullException.ThrowIfNull(options);
        var zones = productions.Length;
        var scale = attractions.Sum() > 0 ? productions.Sum() / attractions.Sum() : 0;
        var targets = attractions.Select(a => a * scale).ToArray();
        var trips = new OdMatrix(zones);
        for (var i = 0; i < zones; i++)
        {
            for (var j = 0; j < zones; j++)
            {
                var c = cost[(i * zones) + j];
                trips[i, j] = i == j || !double.IsFinite(c) ? 0 : productions[i] * targets[j] * Deterrence(c, options);
            }
        }

        var (iterations, error) = Balance(trips, productions, targets, options);
        return new TravelDemand(trips, [.. productions], [.. targets], iterations, error);
    }

    /// <summary>f(t) = t^-power · exp(-rate · t), with t at least 0.1 minute so the power term stays finite.</summary>
    public static double Deterrence(double minutes, DemandOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var t = Math.Max(minutes, 0.1);
        return Math.Exp(-options.DeterrenceRate * t) * (options.DeterrencePower == 0 ? 1 : Math.Pow(t, -options.DeterrencePower));
    }

    private static (int Iterations, double Error) Balance(OdMatrix trips, double[] rowTargets, double[] columnTargets, DemandOptions options)
    {
        var zones = trips.ZoneCount;
        var error = double.PositiveInfinity;
        var iteration = 0;
        while (iteration < options.MaxBalanceIterations && error > options.BalanceTolerance)
        {
            iteration++;
            Scale(trips, rowTargets, byRow: true);
            Scale(trips, columnTargets, byRow: false);
            var rows = trips.Productions();
            error = 0;
            for (var i = 0; i < zones; i++)
            {
                if (rows[i] > 0)
                {
                    error = Math.Max(error, Math.Abs(rows[i] - rowTargets[i]) / rowTargets[i]);
                }
            }
        }

        return (iteration, error);
    }

    private static void Scale(OdMatrix trips, double[] targets, bool byRow)
    {
        var sums = byRow ? trips.Productions() : trips.Attractions();
        var zones = trips.ZoneCount;
        for (var i = 0; i < zones; i++)
        {
            for (var j = 0; j < zones; j++)
            {
                var k = byRow ? i : j;
                if (sums[k] > 0)
                {
                    trips[i, j] *= targets[k] / sums[k];
                }
            }
        }
    }
}
