namespace Twin.Models.Air;

/// <summary>
/// Emission of one vehicle of a category at a speed type, grams per vehicle-kilometre, for NOx
/// (as NO2), PM10 and PM2.5.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.emission-factor")]
public sealed record EmissionFactor(
    [property: Id(0)] VehicleCategory Category,
    [property: Id(1)] SpeedType SpeedType,
    [property: Id(2)] double NOx,
    [property: Id(3)] double PM10,
    [property: Id(4)] double PM25)
{
    /// <summary>(1 − s) · this + s · <paramref name="stagnant"/>: the mix of a speed type with stagnant traffic.</summary>
    public EmissionFactor BlendWith(EmissionFactor stagnant, double stagnation) => this with
    {
        NOx = ((1 - stagnation) * NOx) + (stagnation * stagnant.NOx),
        PM10 = ((1 - stagnation) * PM10) + (stagnation * stagnant.PM10),
        PM25 = ((1 - stagnation) * PM25) + (stagnation * stagnant.PM25),
    };
}
