using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>Adds a planned building (a new id): it appears in the scenario's 3D city and generates trips.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.add-building")]
public sealed record AddBuilding([property: Id(0)] Building Building) : ScenarioEdit
{
    public override EntityKey? Target => null;

    public override string Describe() =>
        $"add building {Building.Id} ({Building.Use}, {Building.Storeys} storeys, {Building.Footprint.Area:0} m² footprint)";
}
