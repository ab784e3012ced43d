namespace Twin.Models.City;

/// <summary>What an outer surface of a building is, after the CityJSON/CityGML semantic surface types.</summary>
public enum BuildingSurface : byte
{
    Ground = 0,
    Wall = 1,
    Roof = 2,
}
