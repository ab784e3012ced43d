namespace Twin.Models.City;

/// <summary>The kinds of entity the twin holds, one grain per entity.</summary>
public enum EntityKind
{
    Building = 1,
    StreetSegment = 2,
    Sensor = 3,
    Tree = 4,
    UtilityLine = 5,
}
