namespace Twin.Models.Sensors;

/// <summary>
/// The aggregate of one series over an hour (or, merged, a day): count, sum, minimum and maximum of
/// the values; for speeds also the histogram behind V85 and how many vehicles drove faster than the
/// speed limit in force. Mutable on purpose: it is updated in place for every accepted reading.
/// </summary>
[GenerateSerializer, Alias("twin.sensors.rollup")]
public sealed class Rollup
{
    [Id(0)] public long Count { get; private set; }

    [Id(1)] public double Sum { get; private set; }

    [Id(2)] public double Min { get; private set; } = double.PositiveInfinity;

    [Id(3)] public double Max { get; private set; } = double.NegativeInfinity;

    /// <summary>Speeds only: the vehicles faster than <see cref="SpeedLimit"/>.</summary>
    [Id(4)] public long AboveLimit { get; private set; }

    /// <summary>Speeds only: the limit (km/h) of the street the camera watches, when known.</summary>
    [Id(5)] public double? SpeedLimit { get; private set; }

    /// <summary>Speeds only.</summary>
    [Id(6)] public SpeedHistogram? Speeds { get; private set; }

    public double Mean => Count == 0 ? double.NaN : Sum / Count;

    public void Add(in SensorReading reading, double? speedLimit)
    {
        Count++;
        Sum += reading.Value;
        Min = Math.Min(Min, reading.Value);
        Max = Math.Max(Max, reading.Value);
        if (reading.Quantity == City.SensorQuantities.VehicleSpeed)
        {
            (Speeds ??= new SpeedHistogram()).Add(reading.Value);
            SpeedLimit ??= speedLimit;
            if (SpeedLimit is { } limit && reading.Value > limit)
            {
                AboveLimit++;
            }
        }
    }

    public void Merge(Rollup other)
    {
        Count += other.Count;
        Sum += other.Sum;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
        AboveLimit += other.AboveLimit;
        SpeedLimit ??= other.SpeedLimit;
        if (other.Speeds is not null)
        {
            (Speeds ??= new SpeedHistogram()).Merge(other.Speeds);
        }
    }
}
