using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>A designed building before it is placed in RD New: outline in the district's frame, use, height, age.</summary>
internal sealed record BuildingDraft(
    IReadOnlyList<LocalPoint> Outline, BuildingType Type, BuildingUse Use, double Height, int ConstructionYear)
{
    /// <summary>Width of the front facade, metres: a row of houses holds one house per 5.8 m or so.</summary>
    public double FrontWidth { get; init; }
}
