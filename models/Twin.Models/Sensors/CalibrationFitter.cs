using MathNet.Numerics;
using Twin.Models.City;
using static System.FormattableString;

namespace Twin.Models.Sensors;

/// <summary>
/// Fits a sensor's linear calibration by ordinary least squares of the reference on the raw values
/// (reference = Gain * raw + Offset), so that applying it puts raw readings in the reference's scale.
/// </summary>
public static class CalibrationFitter
{
    /// <summary>
    /// Two pairs always lie on a line: the third is the first that says anything about the spread,
    /// and sqrt(SSE / (n - 2)) needs it.
    /// </summary>
    public const int MinimumPairs = 3;

    /// <summary>
    /// Fits the calibration. Refused, with the reason in <see cref="CalibrationFit.Problems"/>: an
    /// unknown quantity, an empty reference, fewer than <see cref="MinimumPairs"/> pairs, NaN or
    /// infinite values (named by pair index), a pair ending before it starts, raw or reference values
    /// that do not vary, and a gain of zero or below: a sensor whose readings fall as the reference
    /// rises does not measure the quantity, and such a line would turn its highest readings into the
    /// lowest concentrations. A low R² is not refused: it is reported for the user to judge.
    /// </summary>
    /// <param name="pairs">Raw sensor values with the reference's values over the same intervals.</param>
    /// <param name="quantity">One of <see cref="SensorQuantities"/>, e.g. <see cref="SensorQuantities.No2"/>.</param>
    /// <param name="reference">What the sensor is fitted against, in words.</param>
    /// <param name="fittedAt">When the fit is made (the caller's clock).</param>
    public static CalibrationFit Fit(IReadOnlyList<CalibrationPair> pairs, string quantity, string reference, DateTimeOffset fittedAt)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(reference);

        var problems = CheckInput(pairs, quantity, reference);
        var raw = pairs.Select(p => p.Raw).ToArray();
        var observed = pairs.Select(p => p.Reference).ToArray();
        if (problems.IsEmpty)
        {
            CheckSpread(raw, observed, problems);
        }

        if (!problems.IsEmpty)
        {
            return new CalibrationFit(null, problems.ToImmutable());
        }

        var (offset, gain) = MathNet.Numerics.Fit.Line(raw, observed);
        var modelled = raw.Select(x => gain * x + offset).ToArray();
        var rSquared = GoodnessOfFit.CoefficientOfDetermination(modelled, observed);
        if (!(gain > 0))
        {
            return new CalibrationFit(null, [Invariant($"the fitted gain is {gain:G4} (offset {offset:G4}, R² {rSquared:F3}, {pairs.Count} pairs): the raw values do not rise with the reference, so a line cannot calibrate them")]);
        }

        var residualSd = GoodnessOfFit.StandardError(modelled, observed, 2);
        var calibration = new LinearCalibration(
            quantity, gain, offset, rSquared, residualSd, pairs.Count, reference, fittedAt, pairs.Min(p => p.Start), pairs.Max(p => p.End));
        return new CalibrationFit(calibration, []);
    }

    private static ProblemList CheckInput(IReadOnlyList<CalibrationPair> pairs, string quantity, string reference)
    {
        // The general problems come first: the per-pair ones may be cut short.
        var problems = new ProblemList();
        if (!SensorQuantities.IsKnown(quantity))
        {
            problems.Add($"quantity '{quantity}' is not one the twin knows ({string.Join(", ", SensorQuantities.All.Keys.Order(StringComparer.Ordinal))})");
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            problems.Add("the reference is empty: say what the sensor was fitted against");
        }

        if (pairs.Count < MinimumPairs)
        {
            problems.Add(Invariant($"{MinimumPairs} pairs or more are needed to fit a gain and an offset and estimate the spread, not {pairs.Count}"));
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (!double.IsFinite(pair.Raw))
            {
                problems.Add(Invariant($"pair {i}: the raw value is {Describe(pair.Raw)}"));
            }

            if (!double.IsFinite(pair.Reference))
            {
                problems.Add(Invariant($"pair {i}: the reference value is {Describe(pair.Reference)}"));
            }

            if (pair.End < pair.Start)
            {
                problems.Add(Invariant($"pair {i}: it ends ({pair.End:O}) before it starts ({pair.Start:O})"));
            }
        }

        return problems;
    }

    private static void CheckSpread(double[] raw, double[] observed, ProblemList problems)
    {
        if (raw.All(x => x == raw[0]))
        {
            problems.Add(Invariant($"raw values do not vary (all {raw[0]}), the gain cannot be fitted"));
        }

        if (observed.All(y => y == observed[0]))
        {
            problems.Add(Invariant($"reference values do not vary (all {observed[0]}): there is nothing to calibrate against"));
        }
    }

    private static string Describe(double value) => double.IsNaN(value) ? "NaN (not a number)" : "infinite";
}
