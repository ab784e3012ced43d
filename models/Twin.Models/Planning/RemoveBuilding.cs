using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>Removes an existing building (demolition): gone from the scenario's 3D city and from its trip generation.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.remove-building")]
public sealed record RemoveBuilding([property: Id(0)] string BuildingId) : ScenarioEdit
{
    public override EntityKey? Target => new(EntityKind.Building, BuildingId);

    public override string Describe() => $"remove building {BuildingId}";
}
