namespace Twin.Models.Solar;

/// <summary>The Sun's apparent topocentric zenith and azimuth (from north, eastward), degrees.</summary>
public readonly record struct SunAngles(double Zenith, double Azimuth)
{
    /// <summary>The elevation angle above the horizon, refraction included.</summary>
    public double Elevation => 90 - Zenith;

    public bool IsAboveHorizon => Zenith < 90;
}
