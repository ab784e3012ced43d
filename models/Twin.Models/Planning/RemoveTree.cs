using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>Fells an existing tree of the register: gone from the scenario's 3D city, its canopy and its shade.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.remove-tree")]
public sealed record RemoveTree([property: Id(0)] string TreeId) : ScenarioEdit
{
    public override EntityKey? Target => new(EntityKind.Tree, TreeId);

    public override string Describe() => $"fell tree {TreeId}";
}
