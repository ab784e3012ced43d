using Twin.Models.Planning;

namespace Twin.Grains.Scenarios;

/// <summary>
/// Progress of a traffic run: one event per assignment iteration (its relative gap and total travel
/// time, minutes), and a last one carrying the outcome.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.scenarios.scenario-run-event")]
public sealed record ScenarioRunEvent(
    [property: Id(0)] int Iteration,
    [property: Id(1)] double RelativeGap,
    [property: Id(2)] double TotalTravelTime,
    [property: Id(3)] ScenarioTrafficResult? Outcome);
