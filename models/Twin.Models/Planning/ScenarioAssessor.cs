using System.Collections.Immutable;
using Twin.Models.Air;
using Twin.Models.City;
using Twin.Models.Daylight;
using Twin.Models.Geo;

namespace Twin.Models.Planning;

/// <summary>
/// The stages of a scenario run after traffic, on one snapshot of today's city and the scenario's
/// edits: each stage is a pure function of the snapshot (and the traffic result), so the scenario
/// grain can run them off its scheduler one by one and report progress between them.
/// </summary>
public sealed class ScenarioAssessor
{
    private readonly string _scenario;
    private readonly long _editVersion;
    private readonly DateTimeOffset _ranAt;
    private readonly PlanningRules _rules;
    private readonly AirQualitySettings _air;

    public ScenarioAssessor(string scenario, long editVersion, DateTimeOffset ranAt, CitySet today, IReadOnlyList<ScenarioEdit> edits, RdPolygon? planArea, PlanningRules? rules = null, AirQualitySettings? air = null)
    {
        ArgumentNullException.ThrowIfNull(today);
        ArgumentNullException.ThrowIfNull(edits);
        _scenario = scenario;
        _editVersion = editVersion;
        _ranAt = ranAt;
        _rules = rules ?? PlanningRules.Default;
        _air = air ?? AirQualitySettings.Default;
        Today = today;
        Planned = ScenarioOverlay.Apply(today, edits);
        PlanArea = planArea ?? PlanAssessment.AreaAround(edits, today, _rules.PlanAreaMargin);
    }

    /// <summary>Today's city, as the run found it.</summary>
    public CitySet Today { get; }

    /// <summary>The scenario's city: today with the edits applied.</summary>
    public CitySet Planned { get; }

    /// <summary>Where indicators and sun hours are worked out: the scenario's plan area, or the box around its edits; null for today alone.</summary>
    public RdPolygon? PlanArea { get; }

    /// <summary>Annual-mean NO2, PM10 and PM2.5 per street of the scenario's city by SRM1, from its traffic run.</summary>
    public StageResult<StreetAirQualityResult> AirQuality(ScenarioTrafficResult traffic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        var result = StreetAirQuality.Calculate(Planned, traffic.Segments, _air, cancellationToken);
        return result.Succeeded
            ? new StageResult<StreetAirQualityResult>(result)
            : new StageResult<StreetAirQualityResult>(result.Problems.Select(p => $"air quality: {p.Subject}: {p.Message}"));
    }

    /// <summary>The street concentrations set against what the air-quality sensors measured (calibrated means).</summary>
    public ModelMeasurementReport Measurements(StreetAirQualityResult airQuality, IReadOnlyList<MeasuredConcentration> measured) =>
        ModelMeasurementComparison.Compare(airQuality, measured, _air);

    /// <summary>
    /// Possible sun hours per facade of the buildings in the plan area over the light TNO norm's period
    /// of the run's year, today and in the plan (every building around casts shadow); none without a plan area.
    /// </summary>
    public (SunHoursResult Today, SunHoursResult Plan)? Sun(SunHoursOptions? options = null)
    {
        if (PlanArea is null)
        {
            return null;
        }

        var chosen = (options ?? SunHoursOptions.LightTnoNorm(_ranAt.Year)) with { Area = PlanArea.Envelope };
        return (SunHours.Compute(Today, chosen), SunHours.Compute(Planned, chosen));
    }

    /// <summary>The planning indicators of the plan area (none without a plan area).</summary>
    public StageResult<PlanIndicators> Indicators()
    {
        if (_rules.Problems() is { IsEmpty: false } problems)
        {
            return new StageResult<PlanIndicators>(problems.Select(p => "planning rules: " + p));
        }

        if (PlanArea is null)
        {
            return new StageResult<PlanIndicators>((PlanIndicators?)null);
        }

        return RdGeometry.ToNts(PlanArea) is { IsValid: true, Area: > 0 }
            ? new StageResult<PlanIndicators>(PlanAssessment.Assess(Today, Planned, PlanArea, _rules))
            : new StageResult<PlanIndicators>(["the plan area is not a valid polygon with an area"]);
    }

    /// <summary>The assessment of the run from its stages' results: every stage's problems, or all their values.</summary>
    public ScenarioAssessment Assessment(
        StageResult<StreetAirQualityResult> airQuality,
        ModelMeasurementReport? measurements,
        (SunHoursResult Today, SunHoursResult Plan)? sun,
        StageResult<PlanIndicators> indicators) =>
        new(
            _scenario,
            _editVersion,
            _ranAt,
            indicators.Value,
            [.. Problems(airQuality.Problems), .. Problems(indicators.Problems)],
            airQuality.Value,
            measurements,
            sun?.Today,
            sun?.Plan);

    private static ImmutableArray<string> Problems(ImmutableArray<string> problems) => problems.IsDefault ? [] : problems;
}
