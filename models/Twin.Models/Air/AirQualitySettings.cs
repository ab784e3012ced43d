using System.Collections.Immutable;

namespace Twin.Models.Air;

/// <summary>
/// Everything a street air-quality run depends on besides the city and its traffic: the emission factor
/// table (year-stamped), the background, the SRM1 dilution curves and NO2 chemistry, the regional
/// wind-speed factor θ, the PM10 sea-salt correction, where the calculation points go, how peak-hour
/// traffic becomes a day, and how the street profiler reads the twin. Every default is documented where
/// it is defined; <see cref="Validate"/> names every bad field.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.air-quality-settings")]
public sealed record AirQualitySettings
{
    public static AirQualitySettings Default { get; } = new();

    [Id(0)] public EmissionFactorTable EmissionFactors { get; init; } = EmissionFactorTable.Default;

    [Id(1)] public AirBackground Background { get; init; } = AirBackground.HilversumEstimate;

    [Id(2)] public DilutionCurves Dilution { get; init; } = DilutionCurves.Default;

    [Id(3)] public Srm1Chemistry Chemistry { get; init; } = Srm1Chemistry.Default;

    /// <summary>
    /// θ, the regional wind-speed factor of SRM1 (meteorology of the region against the national mean).
    /// Default 1: Twin estimate for the middle of the country, where the regional mean wind is close
    /// to the national mean; the official regional value was not available.
    /// </summary>
    [Id(4)] public double WindSpeedFactor { get; init; } = 1.0;

    /// <summary>
    /// µg/m³ subtracted from annual-mean PM10 for sea salt: 2 for the municipality of Hilversum
    /// (Regeling beoordeling luchtkwaliteit 2007, Bijlage 5).
    /// </summary>
    [Id(5)] public double SeaSaltCorrectionPm10 { get; init; } = 2;

    /// <summary>The calculation point's distance beyond the road edge, metres (SRM1 reference: 5 m; the regulation allows up to 10 m).</summary>
    [Id(6)] public double DistanceFromRoadEdge { get; init; } = 5;

    /// <summary>Height of the calculation point above the ground, metres (SRM1: 1.5 m).</summary>
    [Id(7)] public double CalculationHeight { get; init; } = 1.5;

    [Id(8)] public TrafficConversion Traffic { get; init; } = TrafficConversion.Default;

    [Id(9)] public StreetProfilerOptions Profiler { get; init; } = StreetProfilerOptions.Default;

    /// <summary>What is wrong, each problem naming its field; empty when a run can start.</summary>
    public ImmutableArray<AirQualityProblem> Validate()
    {
        var problems = ImmutableArray.CreateBuilder<AirQualityProblem>();
        Add(problems, EmissionFactors, "emission-factors", t => t.Validate());
        Add(problems, Background, "background", b => b.Validate());
        Add(problems, Dilution, "dilution", d => d.Validate());
        Add(problems, Chemistry, "chemistry", c => c.Validate());
        Add(problems, Traffic, "traffic", t => t.Validate());
        Add(problems, Profiler, "profiler", p => p.Validate());
        if (!(double.IsFinite(WindSpeedFactor) && WindSpeedFactor is > 0 and <= 5))
        {
            problems.Add(new("wind-speed-factor", FormattableString.Invariant($"wind-speed factor θ {WindSpeedFactor} must be greater than 0 and at most 5")));
        }

        if (!(double.IsFinite(SeaSaltCorrectionPm10) && SeaSaltCorrectionPm10 is >= 0 and <= 10))
        {
            problems.Add(new("sea-salt-correction-pm10", FormattableString.Invariant($"sea-salt correction {SeaSaltCorrectionPm10} µg/m³ must lie between 0 and 10")));
        }

        if (!(double.IsFinite(DistanceFromRoadEdge) && DistanceFromRoadEdge is >= 0 and <= 30))
        {
            problems.Add(new("distance-from-road-edge", FormattableString.Invariant($"distance from the road edge {DistanceFromRoadEdge} m must lie between 0 and 30")));
        }

        if (!(double.IsFinite(CalculationHeight) && CalculationHeight is >= 0 and <= 10))
        {
            problems.Add(new("calculation-height", FormattableString.Invariant($"calculation height {CalculationHeight} m must lie between 0 and 10")));
        }

        return problems.ToImmutable();
    }

    private static void Add<T>(ImmutableArray<AirQualityProblem>.Builder problems, T? part, string name, Func<T, IEnumerable<AirQualityProblem>> validate)
        where T : class
    {
        if (part is null)
        {
            problems.Add(new(name, "is missing"));
            return;
        }

        problems.AddRange(validate(part));
    }
}
