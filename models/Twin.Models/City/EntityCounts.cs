namespace Twin.Models.City;

[GenerateSerializer, Immutable, Alias("twin.city.entity-counts")]
public sealed record EntityCounts(
    [property: Id(0)] int Buildings,
    [property: Id(1)] int StreetSegments,
    [property: Id(2)] int Sensors,
    [property: Id(3)] int Trees,
    [property: Id(4)] int UtilityLines)
{
    public static EntityCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public int Total => Buildings + StreetSegments + Sensors + Trees + UtilityLines;

    public int this[EntityKind kind] => kind switch
    {
        EntityKind.Building => Buildings,
        EntityKind.StreetSegment => StreetSegments,
        EntityKind.Sensor => Sensors,
        EntityKind.Tree => Trees,
        EntityKind.UtilityLine => UtilityLines,
        _ => 0,
    };

    public EntityCounts Plus(EntityCounts other) => new(
        Buildings + other.Buildings,
        StreetSegments + other.StreetSegments,
        Sensors + other.Sensors,
        Trees + other.Trees,
        UtilityLines + other.UtilityLines);
}
