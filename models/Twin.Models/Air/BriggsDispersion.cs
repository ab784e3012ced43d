namespace Twin.Models.Air;

/// <summary>
/// Briggs' (1973) formulas for σy and σz against downwind distance x (metres), per Pasquill class,
/// for open country and for urban surfaces (as tabulated by Hanna, Briggs &amp; Hosker 1982 and in
/// De Visscher 2014). Fitted for 100 m &lt; x &lt; 10 km; used here closer in as well, where they are
/// an extrapolation.
/// </summary>
public static class BriggsDispersion
{
    public static PlumeSpread At(double x, StabilityClass stability, DispersionTerrain terrain) => terrain switch
    {
        DispersionTerrain.Rural => Rural(x, stability),
        DispersionTerrain.Urban => Urban(x, stability),
        _ => throw new ArgumentOutOfRangeException(nameof(terrain), terrain, "unknown terrain"),
    };

    private static PlumeSpread Rural(double x, StabilityClass stability)
    {
        var y = x / Math.Sqrt(1 + (0.0001 * x));
        return stability switch
        {
            StabilityClass.A => new(0.22 * y, 0.20 * x),
            StabilityClass.B => new(0.16 * y, 0.12 * x),
            StabilityClass.C => new(0.11 * y, 0.08 * x / Math.Sqrt(1 + (0.0002 * x))),
            StabilityClass.D => new(0.08 * y, 0.06 * x / Math.Sqrt(1 + (0.0015 * x))),
            StabilityClass.E => new(0.06 * y, 0.03 * x / (1 + (0.0003 * x))),
            StabilityClass.F => new(0.04 * y, 0.016 * x / (1 + (0.0003 * x))),
            _ => throw new ArgumentOutOfRangeException(nameof(stability), stability, "unknown stability class"),
        };
    }

    private static PlumeSpread Urban(double x, StabilityClass stability)
    {
        var y = x / Math.Sqrt(1 + (0.0004 * x));
        return stability switch
        {
            StabilityClass.A or StabilityClass.B => new(0.32 * y, 0.24 * x * Math.Sqrt(1 + (0.001 * x))),
            StabilityClass.C => new(0.22 * y, 0.20 * x),
            StabilityClass.D => new(0.16 * y, 0.14 * x / Math.Sqrt(1 + (0.0003 * x))),
            StabilityClass.E or StabilityClass.F => new(0.11 * y, 0.08 * x / Math.Sqrt(1 + (0.0015 * x))),
            _ => throw new ArgumentOutOfRangeException(nameof(stability), stability, "unknown stability class"),
        };
    }
}
