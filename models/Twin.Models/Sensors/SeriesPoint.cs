namespace Twin.Models.Sensors;

/// <summary>
/// One hour or day of a series: the aggregate of the raw values and, when the sensor is calibrated,
/// the same in calibrated values beside it. Speeds also carry V85 and the share above the limit.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.series-point")]
public sealed record SeriesPoint(
    [property: Id(0)] DateTime Start,
    [property: Id(1)] long Count,
    [property: Id(2)] double Sum,
    [property: Id(3)] double Mean,
    [property: Id(4)] double Min,
    [property: Id(5)] double Max,
    [property: Id(6)] double? V85 = null,
    [property: Id(7)] double? ShareAboveLimit = null,
    [property: Id(8)] double? SpeedLimit = null,
    [property: Id(9)] double? CalibratedMean = null,
    [property: Id(10)] double? CalibratedMin = null,
    [property: Id(11)] double? CalibratedMax = null)
{
    public static SeriesPoint From(DateTime start, Rollup rollup, Func<double, double>? calibrate)
    {
        double? share = rollup.SpeedLimit is not null && rollup.Speeds is not null && rollup.Count > 0
            ? (double)rollup.AboveLimit / rollup.Count
            : null;
        var (low, high) = calibrate is null ? (0, 0) : (calibrate(rollup.Min), calibrate(rollup.Max));
        return new SeriesPoint(
            start, rollup.Count, rollup.Sum, rollup.Mean, rollup.Min, rollup.Max,
            rollup.Speeds?.Percentile(0.85), share, rollup.SpeedLimit,
            calibrate?.Invoke(rollup.Mean),
            calibrate is null ? null : Math.Min(low, high),
            calibrate is null ? null : Math.Max(low, high));
    }
}
