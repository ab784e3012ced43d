using System.Collections.Immutable;

namespace Twin.Models.Sensors;

/// <summary>
/// A sensor's hourly values paired with the reference's at the same UTC hour, in time order, with
/// how many hours each series had a value for (an hour missing in either has no pair). Empty pairs
/// when there are problems.
/// </summary>
public sealed record HourlyPairs(
    ImmutableArray<CalibrationPair> Pairs,
    int SensorHours,
    int ReferenceHours,
    ImmutableArray<string> Problems)
{
    public bool Succeeded => Problems.IsEmpty;

    /// <summary>Hours with a sensor value but no reference value.</summary>
    public int UnpairedSensorHours => SensorHours - Pairs.Length;
}
