using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>A tree a proposal fells or affects: its register entry's id, species and protection, and how.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.tree-impact")]
public sealed record TreeImpact(
    [property: Id(0)] string TreeId,
    [property: Id(1)] string Species,
    [property: Id(2)] TreeProtection Protection,
    [property: Id(3)] TreeImpactKind Impact,
    [property: Id(4)] string? BuildingId)
{
    public bool IsProtected => Protection is TreeProtection.Monumental or TreeProtection.Memorial;

    /// <summary>Whether the tree is gone in the proposal (felled, or standing on a new building's site).</summary>
    public bool IsRemoved => Impact is TreeImpactKind.Felled or TreeImpactKind.UnderNewBuilding;
}
