namespace Twin.Models.City;

/// <summary>A set of entity kinds, for queries that ask for several at once.</summary>
[Flags]
public enum EntityKinds
{
    None = 0,
    Building = 1 << EntityKind.Building,
    StreetSegment = 1 << EntityKind.StreetSegment,
    Sensor = 1 << EntityKind.Sensor,
    Tree = 1 << EntityKind.Tree,
    UtilityLine = 1 << EntityKind.UtilityLine,
    All = Building | StreetSegment | Sensor | Tree | UtilityLine,
}
