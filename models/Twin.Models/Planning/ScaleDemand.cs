using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>Multiplies all travel demand (for example 1.1 for growth, 0.9 for a mobility policy).</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.scale-demand")]
public sealed record ScaleDemand([property: Id(0)] double Factor) : ScenarioEdit
{
    public override EntityKey? Target => null;

    public override string Describe() => $"scale demand by {Factor:0.###}";
}
