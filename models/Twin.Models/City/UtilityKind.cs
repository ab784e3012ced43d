namespace Twin.Models.City;

/// <summary>The networks under the street (KLIC themes).</summary>
public enum UtilityKind
{
    Sewer = 1,
    DrinkingWater = 2,
    Gas = 3,
    Electricity = 4,
    Telecom = 5,
    DistrictHeating = 6,
}
