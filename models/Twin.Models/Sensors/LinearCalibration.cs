namespace Twin.Models.Sensors;

/// <summary>
/// A sensor's linear calibration: <c>calibrated = Gain * raw + Offset</c>, in the reference's scale
/// (the fit regresses the reference on the raw values), with what it was fitted against, when, over
/// which period, and how well.
/// </summary>
/// <param name="Quantity">The quantity calibrated, one of <see cref="City.SensorQuantities"/>.</param>
/// <param name="Gain">Reference units per raw unit.</param>
/// <param name="Offset">The reference value at a raw value of zero, in the quantity's unit.</param>
/// <param name="RSquared">The coefficient of determination of the fit, 1 - SSE / SST.</param>
/// <param name="ResidualStandardDeviation">sqrt(SSE / (n - 2)), in the quantity's unit: the typical error left after calibration.</param>
/// <param name="PairCount">The number of pairs (n) fitted.</param>
/// <param name="Reference">What the sensor was fitted against, in words, e.g. "VMM 42R805 Antwerpen (Belgiëlei)".</param>
/// <param name="FittedAt">When the fit was made.</param>
/// <param name="PeriodStart">The start of the earliest pair.</param>
/// <param name="PeriodEnd">The end of the latest pair.</param>
[GenerateSerializer, Immutable, Alias("twin.sensors.linear-calibration")]
public sealed record LinearCalibration(
    [property: Id(0)] string Quantity,
    [property: Id(1)] double Gain,
    [property: Id(2)] double Offset,
    [property: Id(3)] double RSquared,
    [property: Id(4)] double ResidualStandardDeviation,
    [property: Id(5)] int PairCount,
    [property: Id(6)] string Reference,
    [property: Id(7)] DateTimeOffset FittedAt,
    [property: Id(8)] DateTimeOffset PeriodStart,
    [property: Id(9)] DateTimeOffset PeriodEnd)
{
    /// <summary>The raw value in the reference's scale.</summary>
    public double Apply(double raw) => Gain * raw + Offset;
}
