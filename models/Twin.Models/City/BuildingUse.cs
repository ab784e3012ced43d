namespace Twin.Models.City;

/// <summary>The BAG gebruiksdoelen (uses) of a building, by its main use.</summary>
public enum BuildingUse
{
    Unknown = 0,
    Woonfunctie = 1,
    Bijeenkomstfunctie = 2,
    Celfunctie = 3,
    Gezondheidszorgfunctie = 4,
    Industriefunctie = 5,
    Kantoorfunctie = 6,
    Logiesfunctie = 7,
    Onderwijsfunctie = 8,
    Sportfunctie = 9,
    Winkelfunctie = 10,
    OverigeGebruiksfunctie = 11,
}
