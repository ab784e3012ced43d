using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

/// <summary>
/// One row of rol_measurements_calibration.csv: a diffusion tube hung beside a VMM station over
/// [Start, End), its value, and the source's own station mean and missing percentage for the period.
/// </summary>
internal sealed record ColocatedTube(
    string Code,
    string Location,
    DateTimeOffset Start,
    DateTimeOffset End,
    double No2,
    int Period,
    double No2Reference,
    double MissingPercent)
{
    public PeriodMeasurement Measurement => new(Start, End, No2);
}
