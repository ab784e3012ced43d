using System.Globalization;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

/// <summary>
/// The Antwerp diffusion tubes hung beside VMM stations (rol_measurements_calibration.csv) against
/// the stations' hourly NO2 (vmm-no2.csv). The source computed each period's station mean with pandas
/// <c>data.loc[start:end]</c>, a label slice that includes both ends; Twin's periods are [start, end).
/// </summary>
public sealed class AntwerpColocationTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset FittedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Periods_EndIncludedAsInTheSource_ReproducesReferenceMeanAndMissingShare()
    {
        var stations = AntwerpNo2.Stations();
        var tubes = AntwerpNo2.ColocatedTubes();

        // One tick past the end takes in an hour starting exactly at the end, as pandas' label slice does.
        var coverage = CoverageOf(tubes, stations, t => new PeriodMeasurement(t.Start, t.End.AddTicks(1), t.No2));

        double worstMean = 0, worstMissing = 0;
        foreach (var (tube, covered) in tubes.Zip(coverage))
        {
            worstMean = Math.Max(worstMean, Math.Abs(covered.Mean - tube.No2Reference));
            worstMissing = Math.Max(worstMissing, Math.Abs(covered.MissingShare * 100 - tube.MissingPercent));
        }

        output.WriteLine(Invariant($"{tubes.Count} periods: largest difference {worstMean:E2} µg/m³ in the mean, {worstMissing:E2} percentage points in the missing share"));
        // Exact, not just close: every VMM value is a multiple of 0.5 µg/m³, so any summation order gives
        // the exact sum and the mean is one rounding, as in pandas; the missing share is k / n * 100 in both.
        Assert.Equal(60, tubes.Count);
        Assert.Equal(0, worstMean);
        Assert.Equal(0, worstMissing);
    }

    [Fact]
    public void Periods_HalfOpen_DiffersFromTheSourceOnlyWherePeriodsEndOnTheHour()
    {
        var stations = AntwerpNo2.Stations();
        var tubes = AntwerpNo2.ColocatedTubes();

        var halfOpen = CoverageOf(tubes, stations, t => t.Measurement);
        var endIncluded = CoverageOf(tubes, stations, t => new PeriodMeasurement(t.Start, t.End.AddTicks(1), t.No2));

        var endingOnTheHour = 0;
        for (var i = 0; i < tubes.Count; i++)
        {
            if (tubes[i].End.UtcTicks % TimeSpan.TicksPerHour == 0)
            {
                endingOnTheHour++;
                Assert.Equal(endIncluded[i].Hours - 1, halfOpen[i].Hours);
            }
            else
            {
                Assert.Equal(endIncluded[i], halfOpen[i] with { End = endIncluded[i].End });
                Assert.Equal(tubes[i].No2Reference, halfOpen[i].Mean);
            }
        }

        output.WriteLine(Invariant($"{endingOnTheHour} of {tubes.Count} periods end on a whole hour"));
        Assert.InRange(endingOnTheHour, 1, tubes.Count - 1);
    }

    [Fact]
    public void Periods_DefaultLimit_LeavesOutThePeriodsMissingMoreThanAQuarter()
    {
        var stations = AntwerpNo2.Stations();
        var tubes = AntwerpNo2.ColocatedTubes();

        var leftOut = new List<ColocatedTube>();
        foreach (var group in tubes.GroupBy(t => t.Location))
        {
            var members = group.ToList();
            var pairs = CalibrationPairing.Periods([.. members.Select(t => t.Measurement)], stations[AntwerpNo2.StationOfLocation[group.Key]]);
            Assert.True(pairs.Succeeded, string.Join("; ", pairs.Problems));
            Assert.Equal(members.Count, pairs.Pairs.Length + pairs.Excluded.Length);
            leftOut.AddRange(pairs.Excluded.Select(e => members[e.Index]));
            Assert.All(pairs.Excluded, e => Assert.Contains("more than 25%", e.Reason, StringComparison.Ordinal));
            foreach (var e in pairs.Excluded)
            {
                output.WriteLine($"{members[e.Index].Code} {group.Key}: {e.Reason}");
            }
        }

        // The source counts missing hours over [start, end]; a quarter is far from every row's share, so the ends do not matter here.
        var expected = tubes.Where(t => t.MissingPercent > 25).Select(t => t.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, leftOut.Select(t => t.Code).Order(StringComparer.Ordinal));
        Assert.NotEmpty(leftOut);
    }

    [Fact]
    public void Fit_TubesAgainstTheirStations_MatchesClosedFormLeastSquaresAndIsPlausible()
    {
        var stations = AntwerpNo2.Stations();
        var tubes = AntwerpNo2.ColocatedTubes();
        var pairs = tubes.GroupBy(t => t.Location)
            .SelectMany(g => CalibrationPairing.Periods([.. g.Select(t => t.Measurement)], stations[AntwerpNo2.StationOfLocation[g.Key]]).Pairs)
            .ToList();

        var calibration = CalibrationFitter.Fit(pairs, SensorQuantities.No2, "VMM 42R805 Belgiëlei, 42R817 Groenenborgerlaan, 42R806 Maerlant", FittedAt).Require();

        var expected = ClosedFormLine.Of(pairs);
        output.WriteLine(Invariant($"tube -> station, n {calibration.PairCount}: reference = {calibration.Gain:F4} * tube + {calibration.Offset:F4}, R² {calibration.RSquared:F4}, residual SD {calibration.ResidualStandardDeviation:F3} µg/m³, {calibration.PeriodStart:O} .. {calibration.PeriodEnd:O}"));
        Assert.Equal(tubes.Count(t => t.MissingPercent <= 25), calibration.PairCount);
        Assert.Equal(expected.Gain, calibration.Gain, 1e-10);
        Assert.Equal(expected.Offset, calibration.Offset, 1e-9);
        Assert.Equal(expected.RSquared, calibration.RSquared, 1e-10);
        Assert.Equal(expected.ResidualStandardDeviation, calibration.ResidualStandardDeviation, 1e-9);
        Assert.Equal(tubes.Where(t => t.MissingPercent <= 25).Min(t => t.Start), calibration.PeriodStart);
        Assert.Equal(tubes.Where(t => t.MissingPercent <= 25).Max(t => t.End), calibration.PeriodEnd);
        Assert.Equal(FittedAt, calibration.FittedAt);

        // Passive tubes read close to the analysers: a gain near 1, a small offset, a clear majority of the variance explained.
        Assert.InRange(calibration.Gain, 0.8, 1.2);
        Assert.InRange(calibration.Offset, -5, 5);
        Assert.InRange(calibration.RSquared, 0.8, 1);
        Assert.InRange(calibration.ResidualStandardDeviation, 0.5, 3);
        AssertCalibrationHelps(pairs, calibration);
    }

    private static void AssertCalibrationHelps(IReadOnlyList<CalibrationPair> pairs, LinearCalibration calibration)
    {
        var rawError = Math.Sqrt(pairs.Average(p => Math.Pow(p.Raw - p.Reference, 2)));
        var calibratedError = Math.Sqrt(pairs.Average(p => Math.Pow(calibration.Apply(p.Raw) - p.Reference, 2)));
        Assert.True(calibratedError < rawError, Invariant($"RMS error {calibratedError:F3} after calibration, {rawError:F3} before"));
        Assert.Equal(0, pairs.Average(p => calibration.Apply(p.Raw) - p.Reference), 1e-9);
    }

    private static List<ReferenceCoverage> CoverageOf(IReadOnlyList<ColocatedTube> tubes, HourlyWideCsv stations, Func<ColocatedTube, PeriodMeasurement> measurement)
    {
        var coverage = new ReferenceCoverage[tubes.Count];
        foreach (var group in tubes.Select((tube, index) => (tube, index)).GroupBy(x => x.tube.Location))
        {
            var members = group.ToList();
            var pairs = CalibrationPairing.Periods([.. members.Select(x => measurement(x.tube))], stations[AntwerpNo2.StationOfLocation[group.Key]], maxMissingShare: 1);
            Assert.True(pairs.Succeeded, string.Join("; ", pairs.Problems));
            for (var m = 0; m < members.Count; m++)
            {
                coverage[members[m].index] = pairs.Coverage[m];
            }
        }

        return [.. coverage];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
