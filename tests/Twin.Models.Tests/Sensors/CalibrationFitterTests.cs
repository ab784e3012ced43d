using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

public sealed class CalibrationFitterTests
{
    private static readonly DateTimeOffset FittedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset First = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Fit_RawIsTwiceReferencePlusThree_RecoversGainHalfOffsetMinusOneAndAHalf()
    {
        // A deterministic, irregular reference: 500 hours of a daily wave, a weekly step and a slow drift.
        var pairs = Enumerable.Range(0, 500)
            .Select(h => 30 + 15 * Math.Sin(h * 2 * Math.PI / 24) + h % 7 + h / 50.0)
            .Select((reference, h) => Hour(h, 2 * reference + 3, reference))
            .ToArray();

        var calibration = CalibrationFitter.Fit(pairs, SensorQuantities.No2, "synthetic", FittedAt).Require();

        Assert.Equal(0.5, calibration.Gain, 1e-9);
        Assert.Equal(-1.5, calibration.Offset, 1e-9);
        Assert.Equal(1, calibration.RSquared, 1e-12);
        Assert.InRange(calibration.ResidualStandardDeviation, 0, 1e-9);
        Assert.Equal(500, calibration.PairCount);
        Assert.Equal(First, calibration.PeriodStart);
        Assert.Equal(First.AddHours(500), calibration.PeriodEnd);
        Assert.Equal(41.5, calibration.Apply(86), 1e-9);
    }

    [Fact]
    public void Fit_NoisyPairs_AgreesWithClosedForm()
    {
        CalibrationPair[] pairs = [Hour(0, 10, 12.5), Hour(1, 20, 21), Hour(2, 30, 34.5), Hour(3, 40, 41), Hour(4, 55, 58)];

        var calibration = CalibrationFitter.Fit(pairs, SensorQuantities.No2, "hand-made", FittedAt).Require();

        var expected = ClosedFormLine.Of(pairs);
        Assert.Equal(expected.Gain, calibration.Gain, 1e-12);
        Assert.Equal(expected.Offset, calibration.Offset, 1e-12);
        Assert.Equal(expected.RSquared, calibration.RSquared, 1e-12);
        Assert.Equal(expected.ResidualStandardDeviation, calibration.ResidualStandardDeviation, 1e-12);
        Assert.InRange(calibration.RSquared, 0.9, 1 - 1e-6);
    }

    [Fact]
    public void Fit_TwoPairs_RefusedNamingTheMinimum()
    {
        var fit = CalibrationFitter.Fit([Hour(0, 1, 2), Hour(1, 2, 4)], SensorQuantities.No2, "r", FittedAt);

        Assert.False(fit.Succeeded);
        Assert.Null(fit.Calibration);
        Assert.Equal(["3 pairs or more are needed to fit a gain and an offset and estimate the spread, not 2"], fit.Problems);
    }

    [Fact]
    public void Fit_NaNAndInfiniteValues_ProblemsNameThePairs()
    {
        CalibrationPair[] pairs = [Hour(0, 1, 2), Hour(1, double.NaN, 4), Hour(2, 3, double.PositiveInfinity), Hour(3, 4, 8)];

        var fit = CalibrationFitter.Fit(pairs, SensorQuantities.No2, "r", FittedAt);

        Assert.Equal(["pair 1: the raw value is NaN (not a number)", "pair 2: the reference value is infinite"], fit.Problems);
    }

    [Fact]
    public void Fit_ThousandNaNPairs_NamesTenAndCountsTheRest()
    {
        var pairs = Enumerable.Range(0, 1000).Select(h => Hour(h, double.NaN, h)).ToArray();

        var fit = CalibrationFitter.Fit(pairs, SensorQuantities.No2, "r", FittedAt);

        Assert.Equal(11, fit.Problems.Length);
        Assert.Equal("pair 9: the raw value is NaN (not a number)", fit.Problems[9]);
        Assert.Equal("... and 990 more problems of the same kinds", fit.Problems[10]);
    }

    [Fact]
    public void Fit_RawConstant_RefusedBecauseTheGainCannotBeFitted()
    {
        var fit = CalibrationFitter.Fit([Hour(0, 7, 2), Hour(1, 7, 4), Hour(2, 7, 5)], SensorQuantities.No2, "r", FittedAt);

        var problem = Assert.Single(fit.Problems);
        Assert.Contains("raw values do not vary", problem, StringComparison.Ordinal);
        Assert.Contains("the gain cannot be fitted", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ReferenceConstant_RefusedAsNothingToCalibrateAgainst()
    {
        var fit = CalibrationFitter.Fit([Hour(0, 1, 20), Hour(1, 2, 20), Hour(2, 3, 20)], SensorQuantities.No2, "r", FittedAt);

        Assert.StartsWith("reference values do not vary", Assert.Single(fit.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SensorFallsAsReferenceRises_RefusedWithTheFittedGain()
    {
        var fit = CalibrationFitter.Fit([Hour(0, 30, 10), Hour(1, 20, 20), Hour(2, 10, 31)], SensorQuantities.No2, "r", FittedAt);

        var problem = Assert.Single(fit.Problems);
        Assert.StartsWith("the fitted gain is -1.05 ", problem, StringComparison.Ordinal);
        Assert.Contains("do not rise with the reference", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_UnknownQuantityEmptyReferenceAndBackwardPair_AllNamed()
    {
        var backward = new CalibrationPair(First.AddHours(1), First, 3, 3);

        var fit = CalibrationFitter.Fit([Hour(0, 1, 1), Hour(1, 2, 2), backward], "ozone", " ", FittedAt);

        Assert.Equal(3, fit.Problems.Length);
        Assert.StartsWith("quantity 'ozone' is not one the twin knows (", fit.Problems[0], StringComparison.Ordinal);
        Assert.Equal("the reference is empty: say what the sensor was fitted against", fit.Problems[1]);
        Assert.StartsWith("pair 2: it ends (", fit.Problems[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Require_FailedFit_ThrowsWithTheProblems()
    {
        var fit = CalibrationFitter.Fit([Hour(0, 1, 2)], SensorQuantities.No2, "r", FittedAt);

        var error = Assert.Throws<InvalidOperationException>(fit.Require);

        Assert.Contains("not 1", error.Message, StringComparison.Ordinal);
    }

    private static CalibrationPair Hour(int hour, double raw, double reference) =>
        new(First.AddHours(hour), First.AddHours(hour + 1), raw, reference);
}
