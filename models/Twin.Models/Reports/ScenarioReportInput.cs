using Twin.Models.City;
using Twin.Models.Planning;

namespace Twin.Models.Reports;

/// <summary>
/// What a scenario report is made of: the scenario and its edits, today's and the plan's last runs,
/// the plan's and today's assessments, and the cities of today and of the plan (for the map).
/// </summary>
public sealed record ScenarioReportInput(
    ScenarioDefinition Scenario,
    ScenarioTrafficResult BaseTraffic,
    ScenarioTrafficResult PlanTraffic,
    ScenarioAssessment? Assessment,
    ScenarioAssessment? BaseAssessment,
    CitySet Today,
    CitySet Planned,
    DateTimeOffset GeneratedAt);
