namespace Twin.Models.Demo;

/// <summary>The kinds of building the generator designs; each has its own shape, height and age.</summary>
internal enum BuildingType
{
    Villa = 1,
    RowOfHouses = 2,
    ApartmentBlock = 3,
    ShopHouse = 4,
    Office = 5,
    Hotel = 6,
    School = 7,
    SportsHall = 8,
    HealthCentre = 9,
    CommunityHall = 10,
    Station = 11,
}
