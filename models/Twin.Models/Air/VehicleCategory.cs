namespace Twin.Models.Air;

/// <summary>
/// The vehicle categories of the Dutch standard calculation methods (Regeling beoordeling luchtkwaliteit
/// 2007): light (cars, most vans), medium (two-axle lorries with four rear wheels), heavy (articulated
/// lorries and lorries with a double rear axle) and buses, which the regulation counts as medium but
/// which municipalities keep apart because their fleet is tendered.
/// </summary>
public enum VehicleCategory
{
    Light = 0,
    Medium = 1,
    Heavy = 2,
    Bus = 3,
}
