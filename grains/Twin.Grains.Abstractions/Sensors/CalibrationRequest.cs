using System.Collections.Immutable;
using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>
/// Fit a sensor's calibration for one quantity: against a reference given as hourly values (paired
/// with the sensor's own hourly means) or as ready pairs (co-location periods), named for the record.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.calibration-request")]
public sealed record CalibrationRequest(
    [property: Id(0)] string Quantity,
    [property: Id(1)] string Reference,
    [property: Id(2)] ImmutableArray<TimedValue> ReferenceHours,
    [property: Id(3)] ImmutableArray<CalibrationPair> Pairs);
