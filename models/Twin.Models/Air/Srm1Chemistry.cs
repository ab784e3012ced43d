namespace Twin.Models.Air;

/// <summary>
/// The constants of the SRM1 NO2 conversion: the direct NO2 share of NOx exhaust f (5% in the
/// reference situation of the regulation; higher in today's diesel fleet), B = 0.6 and K = 100 µg/m³
/// (as SRM1 and CAR II use them).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.srm1-chemistry")]
public sealed record Srm1Chemistry
{
    public static Srm1Chemistry Default { get; } = new();

    [Id(0)] public double DirectNo2Fraction { get; init; } = 0.05;

    [Id(1)] public double OzoneFactor { get; init; } = 0.6;

    [Id(2)] public double ConversionConstant { get; init; } = 100;

    public IEnumerable<AirQualityProblem> Validate()
    {
        if (!(double.IsFinite(DirectNo2Fraction) && DirectNo2Fraction is >= 0 and <= 1))
        {
            yield return new("chemistry.direct-no2-fraction", FormattableString.Invariant($"direct NO2 fraction {DirectNo2Fraction} must lie between 0 and 1"));
        }

        if (!(double.IsFinite(OzoneFactor) && OzoneFactor is >= 0 and <= 1))
        {
            yield return new("chemistry.ozone-factor", FormattableString.Invariant($"ozone factor B {OzoneFactor} must lie between 0 and 1"));
        }

        if (!(double.IsFinite(ConversionConstant) && ConversionConstant > 0))
        {
            yield return new("chemistry.conversion-constant", FormattableString.Invariant($"conversion constant K {ConversionConstant} must be greater than 0 µg/m³"));
        }
    }
}
