namespace Twin.Models.Air;

/// <summary>
/// A dilution curve per SRM1 road type.
/// </summary>
/// <remarks>
/// HONEST NOTE ON THE DEFAULTS. The official coefficient table (Regeling beoordeling luchtkwaliteit
/// 2007, Bijlage 1, and RIVM briefrapport 2014-0127) could not be retrieved where Twin was built: the
/// stored text of the regulation has Bijlagen 4 and 5 only. The defaults are coefficients as they
/// are quoted in secondary descriptions of the CAR II model that SRM1 grew from, recalled, not checked
/// against the official text. One internal check holds: the type-1 quadratic meets the far-field form
/// 0.856·x^-0.747 at 30 m (0.0675 against 0.0674). The canyon curves (3a, 3b share one here, the
/// regulation distinguishes them) and the one-sided curve lie slightly below the basis curve close to
/// the road, which we could not confirm or refute. Every coefficient is a setting: put the official
/// table in <see cref="AirQualitySettings.Dilution"/> when it is at hand.
/// </remarks>
[GenerateSerializer, Immutable, Alias("twin.air.dilution-curves")]
public sealed record DilutionCurves
{
    public static DilutionCurves Default { get; } = new();

    [Id(0)] public DilutionCurve Open { get; init; } = new(0.000325, -0.0205, 0.39);

    [Id(1)] public DilutionCurve Basis { get; init; } = new(0.000488, -0.0308, 0.59);

    [Id(2)] public DilutionCurve CanyonWide { get; init; } = new(0.0005, -0.0316, 0.57);

    [Id(3)] public DilutionCurve CanyonNarrow { get; init; } = new(0.0005, -0.0316, 0.57);

    [Id(4)] public DilutionCurve OneSided { get; init; } = new(0.00031, -0.0182, 0.33);

    public DilutionCurve For(RoadType roadType) => roadType switch
    {
        RoadType.Open => Open,
        RoadType.Basis => Basis,
        RoadType.CanyonWide => CanyonWide,
        RoadType.CanyonNarrow => CanyonNarrow,
        RoadType.OneSided => OneSided,
        _ => throw new ArgumentOutOfRangeException(nameof(roadType), roadType, "unknown road type"),
    };

    public IEnumerable<AirQualityProblem> Validate()
    {
        foreach (var roadType in Enum.GetValues<RoadType>())
        {
            var curve = For(roadType);
            var problem = curve is null ? "no curve given" : curve.Problem();
            if (problem is not null)
            {
                yield return new($"dilution.{roadType.ToString().ToLowerInvariant()}", problem);
            }
        }
    }
}
