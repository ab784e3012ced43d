namespace Twin.Models.City;

/// <summary>The function of a road in the network (Duurzaam Veilig categories, refined).</summary>
public enum RoadClass
{
    /// <summary>Stroomweg: motorway or expressway.</summary>
    Motorway = 1,

    /// <summary>Gebiedsontsluitingsweg: main urban road, usually 50 km/h.</summary>
    Arterial = 2,

    /// <summary>Wijkontsluitingsweg: collects a neighbourhood's traffic.</summary>
    Collector = 3,

    /// <summary>Erftoegangsweg: residential street, usually 30 km/h.</summary>
    Residential = 4,

    /// <summary>Service road, car park aisle, station forecourt.</summary>
    Service = 5,
}
