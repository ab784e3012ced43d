using System.Collections.Immutable;
using static System.FormattableString;

namespace Twin.Models.Sensors;

/// <summary>
/// Builds calibration pairs from a sensor and a co-located reference station. Both are matched on
/// UTC instants, so local offsets and summer time do not matter. An hourly value is stamped with the
/// start of its hour (<see cref="TimedValue"/>); a period [start, end) holds the hours that start in it.
/// </summary>
public static class CalibrationPairing
{
    /// <summary>A period whose reference misses more than this share of its hours is left out.</summary>
    public const double DefaultMaxMissingShare = 0.25;

    /// <summary>Pairs the sensor's hourly values with the reference's at the same UTC hour; hours missing in either are skipped.</summary>
    public static HourlyPairs Hourly(IReadOnlyList<TimedValue> sensor, IReadOnlyList<TimedValue> reference)
    {
        var problems = new ProblemList();
        var sensorIndex = HourlyIndex.Build(sensor, "sensor", problems);
        var referenceIndex = HourlyIndex.Build(reference, "reference", problems);
        if (!problems.IsEmpty)
        {
            return new HourlyPairs([], sensorIndex.Count, referenceIndex.Count, problems.ToImmutable());
        }

        var pairs = ImmutableArray.CreateBuilder<CalibrationPair>();
        foreach (var hour in sensorIndex.Hours)
        {
            if (referenceIndex.TryGet(hour, out var referenceValue))
            {
                sensorIndex.TryGet(hour, out var raw);
                var start = new DateTimeOffset(hour, TimeSpan.Zero);
                pairs.Add(new CalibrationPair(start, start.AddHours(1), raw, referenceValue));
            }
        }

        return new HourlyPairs(pairs.ToImmutable(), sensorIndex.Count, referenceIndex.Count, []);
    }

    /// <summary>
    /// Pairs each period measurement (a diffusion tube's value over [start, end)) with the mean of the
    /// reference's hourly values in the period. Left out, and listed in <see cref="PeriodPairs.Excluded"/>:
    /// measurements without a value, periods without a whole hour, and periods whose reference misses
    /// more than <paramref name="maxMissingShare"/> of its hours (absent hours count as missing).
    /// </summary>
    /// <param name="measurements">The sensor's period measurements, each over [start, end).</param>
    /// <param name="reference">The reference's hourly values.</param>
    /// <param name="maxMissingShare">0..1; 1 keeps every period with at least one reference value.</param>
    public static PeriodPairs Periods(IReadOnlyList<PeriodMeasurement> measurements, IReadOnlyList<TimedValue> reference, double maxMissingShare = DefaultMaxMissingShare)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        if (!(maxMissingShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(maxMissingShare), maxMissingShare, "The missing share is a fraction from 0 to 1.");
        }

        var problems = new ProblemList();
        var referenceIndex = HourlyIndex.Build(reference, "reference", problems);
        for (var i = 0; i < measurements.Count; i++)
        {
            if (measurements[i].End <= measurements[i].Start)
            {
                problems.Add(Invariant($"period {i} ends ({measurements[i].End:O}) before it starts or when it starts ({measurements[i].Start:O})"));
            }
        }

        if (!problems.IsEmpty)
        {
            return new PeriodPairs([], [], [], problems.ToImmutable());
        }

        var pairs = ImmutableArray.CreateBuilder<CalibrationPair>();
        var coverage = ImmutableArray.CreateBuilder<ReferenceCoverage>(measurements.Count);
        var excluded = ImmutableArray.CreateBuilder<ExcludedPeriod>();
        for (var i = 0; i < measurements.Count; i++)
        {
            var measurement = measurements[i];
            var covered = referenceIndex.Cover(measurement.Start, measurement.End);
            coverage.Add(covered);
            if (ExclusionReason(measurement, covered, maxMissingShare) is { } reason)
            {
                excluded.Add(new ExcludedPeriod(i, reason));
            }
            else
            {
                pairs.Add(new CalibrationPair(measurement.Start, measurement.End, measurement.Value, covered.Mean));
            }
        }

        return new PeriodPairs(pairs.ToImmutable(), coverage.MoveToImmutable(), excluded.ToImmutable(), []);
    }

    private static string? ExclusionReason(PeriodMeasurement measurement, ReferenceCoverage covered, double maxMissingShare) =>
        !double.IsFinite(measurement.Value) ? "the measurement has no value"
        : covered.Hours == 0 ? "the period holds no whole hour of the reference"
        : covered.MissingHours == covered.Hours ? Invariant($"the reference has no value in any of its {covered.Hours} hours")
        : covered.MissingShare > maxMissingShare ? Invariant($"the reference misses {covered.MissingHours} of {covered.Hours} hours ({covered.MissingShare * 100:F1}%, more than {maxMissingShare * 100:F0}%)")
        : null;
}
