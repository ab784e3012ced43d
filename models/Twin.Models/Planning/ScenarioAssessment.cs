using System.Collections.Immutable;
using Twin.Models.Air;
using Twin.Models.Daylight;

namespace Twin.Models.Planning;

/// <summary>
/// What a scenario run worked out beyond traffic, for the edit version it ran: street air quality
/// (SRM1) with the model set against the air-quality sensors, possible sun hours per facade over the
/// light TNO norm's period in its plan area (today and in the plan), and the planning indicators of
/// its plan area (today against the proposal). Kept whole: a run that fails keeps the previous
/// assessment and reports its problems instead.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.scenario-assessment")]
public sealed record ScenarioAssessment(
    [property: Id(0)] string Scenario,
    [property: Id(1)] long EditVersion,
    [property: Id(2)] DateTimeOffset RanAt,
    [property: Id(3)] PlanIndicators? Indicators,
    [property: Id(4)] ImmutableArray<string> Problems,
    [property: Id(5)] StreetAirQualityResult? AirQuality = null,
    [property: Id(6)] ModelMeasurementReport? Measurements = null,
    [property: Id(7)] SunHoursResult? SunToday = null,
    [property: Id(8)] SunHoursResult? SunPlan = null)
{
    public bool Succeeded => Problems.IsDefaultOrEmpty;
}
