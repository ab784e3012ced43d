using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>Gross floor area (m²) and number of buildings of one use within a plan area.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.use-floor-area")]
public sealed record UseFloorArea(
    [property: Id(0)] BuildingUse Use,
    [property: Id(1)] double FloorArea,
    [property: Id(2)] int Buildings);
