namespace Twin.Models.Daylight;

/// <summary>The azimuth bins of a horizon: bin b covers [b·width, (b+1)·width) degrees east of grid north and is evaluated at its centre.</summary>
internal sealed class AzimuthBins
{
    public AzimuthBins(int count)
    {
        Count = count;
        Width = 360.0 / count;
        Sin = new double[count];
        Cos = new double[count];
        for (var b = 0; b < count; b++)
        {
            (Sin[b], Cos[b]) = Math.SinCos(Centre(b) * Math.PI / 180);
        }
    }

    public int Count { get; }

    public double Width { get; }

    /// <summary>East component of the unit ray at each bin's centre.</summary>
    public double[] Sin { get; }

    /// <summary>North component of the unit ray at each bin's centre.</summary>
    public double[] Cos { get; }

    public double Centre(int bin) => (bin + 0.5) * Width;

    /// <summary>Azimuth of a direction (east, north), degrees in -180..180.</summary>
    public static double Azimuth(double east, double north) => Math.Atan2(east, north) * (180 / Math.PI);

    /// <summary>The first and one-past-last unwrapped bin numbers whose centres lie within [from, from + span] degrees.</summary>
    public (int First, int End) Range(double from, double span)
    {
        var first = (int)Math.Ceiling((from / Width) - 0.5);
        var end = (int)Math.Floor(((from + span) / Width) - 0.5) + 1;
        return (first, end);
    }

    public int Wrap(int unwrapped)
    {
        var b = unwrapped % Count;
        return b < 0 ? b + Count : b;
    }
}
