namespace Twin.Models.Air;

/// <summary>
/// The classic Pasquill (1961) / Turner (1970) table: stability class from the surface wind speed
/// (m/s, at 10 m) and the insolation by day or the cloud cover by night. Where the table gives two
/// classes (A-B, B-C, C-D) the more unstable one is returned; an overcast sky (8 oktas), day or
/// night, is neutral (D); the table's empty night cell below 2 m/s is taken as F.
/// </summary>
public static class PasquillStability
{
    public static StabilityClass Daytime(double windSpeed, Insolation insolation) => (Band(windSpeed), insolation) switch
    {
        (0, Insolation.Strong) => StabilityClass.A,
        (0, Insolation.Moderate) => StabilityClass.A,
        (0, _) => StabilityClass.B,
        (1, Insolation.Strong) => StabilityClass.A,
        (1, Insolation.Moderate) => StabilityClass.B,
        (1, _) => StabilityClass.C,
        (2, Insolation.Strong) => StabilityClass.B,
        (2, Insolation.Moderate) => StabilityClass.B,
        (2, _) => StabilityClass.C,
        (3, Insolation.Strong) => StabilityClass.C,
        (3, Insolation.Moderate) => StabilityClass.C,
        (3, _) => StabilityClass.D,
        (_, Insolation.Strong) => StabilityClass.C,
        _ => StabilityClass.D,
    };

    /// <summary>By night, from the cloud cover in oktas (0 clear .. 8 overcast).</summary>
    public static StabilityClass Night(double windSpeed, double cloudOktas)
    {
        if (cloudOktas >= 8)
        {
            return StabilityClass.D;
        }

        var cloudy = cloudOktas >= 4;
        return Band(windSpeed) switch
        {
            0 => StabilityClass.F,
            1 => cloudy ? StabilityClass.E : StabilityClass.F,
            2 => cloudy ? StabilityClass.D : StabilityClass.E,
            _ => StabilityClass.D,
        };
    }

    /// <summary>The table's wind bands: &lt;2, 2-3, 3-5, 5-6, &gt;6 m/s.</summary>
    private static int Band(double windSpeed) => windSpeed switch
    {
        < 2 => 0,
        < 3 => 1,
        < 5 => 2,
        < 6 => 3,
        _ => 4,
    };
}
