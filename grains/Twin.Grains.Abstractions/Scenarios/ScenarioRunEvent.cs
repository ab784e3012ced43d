using Twin.Models.Planning;

namespace Twin.Grains.Scenarios;

/// <summary>
/// Progress of a scenario run: during <see cref="ScenarioStage.Traffic"/> one event per assignment
/// iteration (its relative gap and total travel time, minutes); one event as each later stage starts
/// (with a line saying what it does); a last one carrying the outcome. <see cref="Scenario"/> names
/// the scenario the event is about: a plan's run first runs today ("base") when today has no results.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.scenarios.scenario-run-event")]
public sealed record ScenarioRunEvent(
    [property: Id(0)] int Iteration,
    [property: Id(1)] double RelativeGap,
    [property: Id(2)] double TotalTravelTime,
    [property: Id(3)] ScenarioTrafficResult? Outcome,
    [property: Id(4)] ScenarioStage Stage = ScenarioStage.Traffic,
    [property: Id(5)] string? Message = null,
    [property: Id(6)] string? Scenario = null,
    [property: Id(7)] ScenarioAssessment? Assessment = null);
