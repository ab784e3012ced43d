namespace Twin.Models.Sensors;

/// <summary>
/// A sensor's raw value and the reference's value over the same interval [<see cref="Start"/>, <see cref="End"/>):
/// one hour for hourly pairs, the exposure period for a diffusion tube.
/// </summary>
public readonly record struct CalibrationPair(DateTimeOffset Start, DateTimeOffset End, double Raw, double Reference);
