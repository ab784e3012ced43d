namespace Twin.Models.City;

/// <summary>One thing wrong with an entity: the field and what is wrong with it.</summary>
[GenerateSerializer, Immutable, Alias("twin.city.entity-problem")]
public sealed record EntityProblem([property: Id(0)] string Field, [property: Id(1)] string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
