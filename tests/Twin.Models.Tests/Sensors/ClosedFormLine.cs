using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

/// <summary>
/// Least squares of reference on raw from the textbook sums (n, Σx, Σy, Σxy, Σx², Σy²), written out
/// here so the fitter is checked against something that does not use MathNet.
/// </summary>
internal sealed record ClosedFormLine(double Gain, double Offset, double RSquared, double ResidualStandardDeviation, int Count)
{
    public static ClosedFormLine Of(IReadOnlyList<CalibrationPair> pairs)
    {
        double n = pairs.Count, sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
        foreach (var p in pairs)
        {
            sx += p.Raw;
            sy += p.Reference;
            sxy += p.Raw * p.Reference;
            sxx += p.Raw * p.Raw;
            syy += p.Reference * p.Reference;
        }

        var gain = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        var offset = (sy - gain * sx) / n;
        var sse = pairs.Sum(p => Math.Pow(p.Reference - (gain * p.Raw + offset), 2));
        var sst = syy - sy * sy / n;
        return new ClosedFormLine(gain, offset, 1 - sse / sst, Math.Sqrt(sse / (n - 2)), pairs.Count);
    }
}
