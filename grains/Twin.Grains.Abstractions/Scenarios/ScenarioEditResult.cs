using System.Collections.Immutable;
using Twin.Models.Planning;

namespace Twin.Grains.Scenarios;

/// <summary>The outcome of an edit list: accepted whole (the scenario as it is now), or rejected whole with every problem.</summary>
[GenerateSerializer, Immutable, Alias("twin.scenarios.scenario-edit-result")]
public sealed record ScenarioEditResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] ImmutableArray<ScenarioEditProblem> Problems,
    [property: Id(2)] ScenarioDefinition? Scenario);
