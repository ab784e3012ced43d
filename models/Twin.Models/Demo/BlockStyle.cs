namespace Twin.Models.Demo;

/// <summary>What a block between four streets holds.</summary>
internal enum BlockStyle
{
    /// <summary>A park: trees, no buildings.</summary>
    Park = 0,

    /// <summary>A paved square with trees: the station forecourts.</summary>
    Square = 1,

    /// <summary>Offices, hotels and shops around the station.</summary>
    StationOffices = 2,

    /// <summary>Narrow shop fronts with homes above, in the old centre.</summary>
    CentreShops = 3,

    /// <summary>Detached villas on deep plots, as in Hilversum's villa parks.</summary>
    Villas = 4,

    /// <summary>Rows of terraced houses.</summary>
    Rows = 5,

    /// <summary>Apartment blocks of the post-war and recent decades.</summary>
    Apartments = 6,
}
