using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

public sealed class PeriodPairingTests
{
    private static readonly DateTimeOffset Midnight = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Ten hours from midnight UTC with values 10, 11, ... 19, hour 3 NaN and hour 4 absent.</summary>
    private static readonly TimedValue[] Reference = [.. Enumerable.Range(0, 10)
        .Where(h => h != 4)
        .Select(h => new TimedValue(Midnight.AddHours(h), h == 3 ? double.NaN : 10 + h))];

    [Fact]
    public void Periods_TubeOverPartHours_MeanOfTheHoursStartingInsideAndTheirMissingShare()
    {
        // 01:30 .. 07:00 holds the hours starting 02:00 .. 06:00; 07:00 itself is not in [start, end).
        var tube = new PeriodMeasurement(Midnight.AddMinutes(90), Midnight.AddHours(7), 14);

        var pairs = CalibrationPairing.Periods([tube], Reference, maxMissingShare: 0.5);

        var coverage = Assert.Single(pairs.Coverage);
        Assert.Equal(5, coverage.Hours);
        Assert.Equal(2, coverage.MissingHours);
        Assert.Equal(0.4, coverage.MissingShare, 1e-15);
        Assert.Equal((12 + 15 + 16) / 3.0, coverage.Mean, 1e-12);
        Assert.Equal([new CalibrationPair(tube.Start, tube.End, 14, coverage.Mean)], pairs.Pairs);
        Assert.Empty(pairs.Excluded);
    }

    [Fact]
    public void Periods_DefaultLimit_LeavesOutTheTubeMissingTwoOfFiveHours()
    {
        var tube = new PeriodMeasurement(Midnight.AddMinutes(90), Midnight.AddHours(7), 14);

        var pairs = CalibrationPairing.Periods([tube], Reference);

        Assert.Empty(pairs.Pairs);
        var excluded = Assert.Single(pairs.Excluded);
        Assert.Equal(0, excluded.Index);
        Assert.Equal("the reference misses 2 of 5 hours (40.0%, more than 25%)", excluded.Reason);
    }

    [Fact]
    public void Periods_LostTubeShortPeriodAndUncoveredPeriod_LeftOutWithTheirReasons()
    {
        PeriodMeasurement[] tubes =
        [
            new(Midnight, Midnight.AddHours(3), double.NaN),
            new(Midnight.AddMinutes(10), Midnight.AddMinutes(50), 12),
            new(Midnight.AddDays(1), Midnight.AddDays(2), 12),
            new(Midnight, Midnight.AddHours(3), 12),
        ];

        var pairs = CalibrationPairing.Periods(tubes, Reference);

        Assert.Equal(
            [
                new ExcludedPeriod(0, "the measurement has no value"),
                new ExcludedPeriod(1, "the period holds no whole hour of the reference"),
                new ExcludedPeriod(2, "the reference has no value in any of its 24 hours"),
            ],
            pairs.Excluded);
        Assert.Equal([new CalibrationPair(Midnight, Midnight.AddHours(3), 12, 11)], pairs.Pairs);
        Assert.Equal(4, pairs.Coverage.Length);
        Assert.True(double.IsNaN(pairs.Coverage[2].Mean));
    }

    [Fact]
    public void Periods_EndBeforeStart_ProblemAndNoPairs()
    {
        var pairs = CalibrationPairing.Periods([new(Midnight.AddHours(2), Midnight.AddHours(2), 12)], Reference);

        Assert.False(pairs.Succeeded);
        Assert.StartsWith("period 0 ends (", Assert.Single(pairs.Problems), StringComparison.Ordinal);
        Assert.Empty(pairs.Pairs);
        Assert.Empty(pairs.Coverage);
    }

    [Fact]
    public void Periods_MissingShareAboveOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CalibrationPairing.Periods([], Reference, maxMissingShare: 1.5));
    }
}
