namespace Twin.Models.Daylight;

/// <summary>
/// Per sample point: the total possible sun hours over the period, the fewest in a day and on which day
/// (counted from the period's start; the first such day), and the hours on the first and last day.
/// </summary>
internal sealed class PointHours
{
    private PointHours(int count)
    {
        Total = new double[count];
        MinDaily = new double[count];
        WorstDay = new int[count];
        FirstDay = new double[count];
        LastDay = new double[count];
    }

    public double[] Total { get; }

    public double[] MinDaily { get; }

    public int[] WorstDay { get; }

    public double[] FirstDay { get; }

    public double[] LastDay { get; }

    public static PointHours Compute(DaylightScene scene, SunPath path, IReadOnlyList<FacadePoint> points, SunHoursOptions options)
    {
        var result = new PointHours(points.Count);
        var bins = new AzimuthBins(options.AzimuthBins);
        var floor = (float)Math.Tan(options.MinimumSunElevation * Math.PI / 180);
        Parallel.For(
            0,
            points.Count,
            () => new Scratch(bins.Count, scene),
            (i, _, scratch) =>
            {
                result.Count(i, points[i], scene, path, bins, floor, options.MaxDistance, scratch);
                return scratch;
            },
            _ => { });
        return result;
    }

    private void Count(int i, FacadePoint point, DaylightScene scene, SunPath path, AzimuthBins bins, float floor, double maxDistance, Scratch scratch)
    {
        var (horizon, relevant) = (scratch.Horizon, scratch.Relevant);
        for (var b = 0; b < bins.Count; b++)
        {
            relevant[b] = path.Visited[b] && (bins.Sin[b] * point.NormalX) + (bins.Cos[b] * point.NormalY) > 1e-9;
            horizon[b] = floor;
        }

        var query = new HorizonQuery(point.X, point.Y, point.Z, point.NormalX, point.NormalY, maxDistance, bins);
        scene.RaiseHorizon(query, horizon, relevant, scratch.Stamps);
        for (var b = 0; b < bins.Count; b++)
        {
            horizon[b] = relevant[b] ? horizon[b] : float.PositiveInfinity;
        }

        var (total, min, worst) = (0.0, double.PositiveInfinity, 0);
        var (pathBins, tangents) = (path.Bins, path.Tangents);
        for (var d = 0; d < path.Days; d++)
        {
            var steps = 0;
            for (var k = path.DayStart[d]; k < path.DayStart[d + 1]; k++)
            {
                if (tangents[k] > horizon[pathBins[k]])
                {
                    steps++;
                }
            }

            var hours = steps * path.StepHours;
            total += hours;
            if (hours < min)
            {
                (min, worst) = (hours, d);
            }

            if (d == 0)
            {
                FirstDay[i] = hours;
            }

            if (d == path.Days - 1)
            {
                LastDay[i] = hours;
            }
        }

        (Total[i], MinDaily[i], WorstDay[i]) = (total, min, worst);
    }

    private sealed class Scratch(int bins, DaylightScene scene)
    {
        public float[] Horizon { get; } = new float[bins];

        public bool[] Relevant { get; } = new bool[bins];

        public ScratchStamps Stamps { get; } = new(scene.Buildings.Count, scene.TreeCount);
    }
}
