namespace Twin.Models.Geo;

/// <summary>A WGS84 position: latitude and longitude in degrees, height in metres.</summary>
[GenerateSerializer, Immutable, Alias("twin.geo.geo-point")]
public readonly record struct GeoPoint(
    [property: Id(0)] double Latitude,
    [property: Id(1)] double Longitude,
    [property: Id(2)] double Height = 0)
{
    public bool IsValid =>
        double.IsFinite(Latitude) && double.IsFinite(Longitude) && Math.Abs(Latitude) <= 90 && Math.Abs(Longitude) <= 180;
}
