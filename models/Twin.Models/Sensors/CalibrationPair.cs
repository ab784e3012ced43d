namespace Twin.Models.Sensors;

/// <summary>
/// A sensor's raw value and the reference's value over the same interval [<see cref="Start"/>, <see cref="End"/>):
/// one hour for hourly pairs, the exposure period for a diffusion tube.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.calibration-pair")]
public readonly record struct CalibrationPair(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End,
    [property: Id(2)] double Raw,
    [property: Id(3)] double Reference);
