using Twin.Models.Geo;

namespace Twin.Grains.Scenarios;

/// <summary>The identity of a scenario grain: <c>{dataset}|{scenario}</c>. Built and parsed only here.</summary>
[GenerateSerializer, Immutable, Alias("twin.scenarios.scenario-key")]
public readonly record struct ScenarioKey([property: Id(0)] string Dataset, [property: Id(1)] string Scenario)
{
    public override string ToString() => $"{Dataset}|{Scenario}";

    public static ScenarioKey Parse(string value)
    {
        var parts = value.Split('|');
        return parts is [{ Length: > 0 } dataset, var scenario] && ScenarioId.IsValid(scenario)
            ? new ScenarioKey(dataset, scenario)
            : throw new FormatException($"'{value}' is not a scenario key of the form dataset|scenario.");
    }
}
