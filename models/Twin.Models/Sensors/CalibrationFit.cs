using System.Collections.Immutable;

namespace Twin.Models.Sensors;

/// <summary>
/// The outcome of a calibration fit: the calibration, or the problems that stopped it (each names
/// what is wrong: too few pairs, which pair is not a number, raw values that do not vary, ...).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.calibration-fit")]
public sealed record CalibrationFit(
    [property: Id(0)] LinearCalibration? Calibration,
    [property: Id(1)] ImmutableArray<string> Problems)
{
    public bool Succeeded => Calibration is not null && Problems.IsEmpty;

    /// <summary>The calibration, or an exception listing the problems (for callers that cannot go on without it).</summary>
    public LinearCalibration Require() => Succeeded
        ? Calibration!
        : throw new InvalidOperationException("The calibration could not be fitted:\n" + string.Join('\n', Problems));
}
