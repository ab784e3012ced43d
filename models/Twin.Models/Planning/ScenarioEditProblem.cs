namespace Twin.Models.Planning;

/// <summary>What is wrong with one edit of a list: its position (0-based) and why.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.scenario-edit-problem")]
public sealed record ScenarioEditProblem([property: Id(0)] int EditIndex, [property: Id(1)] string Message)
{
    public override string ToString() => $"edit {EditIndex}: {Message}";
}
