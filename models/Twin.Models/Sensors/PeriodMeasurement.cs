namespace Twin.Models.Sensors;

/// <summary>
/// A measurement over an exposure period [<see cref="Start"/>, <see cref="End"/>), such as a passive
/// diffusion tube: one value for the whole period. NaN means the measurement was lost.
/// </summary>
public readonly record struct PeriodMeasurement(DateTimeOffset Start, DateTimeOffset End, double Value);
