namespace Twin.Models.Solar;

/// <summary>
/// The Sun's geocentric position at a series of instants (for example every 10 minutes of a year),
/// computed once, then observed from any number of sites at a few trigonometric calls per instant:
/// the heliocentric series and nutation (about 320 sines and cosines) are the expensive part of the
/// SPA and do not depend on the place.
/// </summary>
public sealed class SolarTrack
{
    // ν, α, δ, ξ per instant: all an observer needs.
    private const int Stride = 4;

    private readonly double[] _values;

    private SolarTrack(DateTimeOffset[] instants, double[] values)
    {
        Instants = instants;
        _values = values;
    }

    public IReadOnlyList<DateTimeOffset> Instants { get; }

    public int Count => Instants.Count;

    /// <summary>The track at <paramref name="count"/> instants from <paramref name="start"/> every <paramref name="step"/>.</summary>
    public static SolarTrack Every(DateTimeOffset start, TimeSpan step, int count, double deltaT = SolarInput.DefaultDeltaT)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Compute([.. Enumerable.Range(0, count).Select(i => start + (step * i))], deltaT);
    }

    /// <summary>The track at the given instants, ΔT in seconds; the instants are computed in parallel.</summary>
    public static SolarTrack Compute(IReadOnlyList<DateTimeOffset> instants, double deltaT = SolarInput.DefaultDeltaT)
    {
        ArgumentNullException.ThrowIfNull(instants);
        var copy = instants.ToArray();
        var values = new double[copy.Length * Stride];
        Parallel.For(0, copy.Length, i =>
        {
            var sun = SunEphemeris.At(copy[i], deltaT);
            values[i * Stride] = sun.ApparentSiderealTime;
            values[(i * Stride) + 1] = sun.RightAscension;
            values[(i * Stride) + 2] = sun.Declination;
            values[(i * Stride) + 3] = sun.EquatorialHorizontalParallax;
        });
        return new SolarTrack(copy, values);
    }

    /// <summary>The Sun's zenith and azimuth from <paramref name="site"/> (which must be valid) at every instant of the track.</summary>
    public SunAngles[] Observe(SolarSite site)
    {
        var angles = new SunAngles[Count];
        Observe(site, angles);
        return angles;
    }

    /// <summary>As <see cref="Observe(SolarSite)"/>, into <paramref name="destination"/> (at least <see cref="Count"/> long).</summary>
    public void Observe(SolarSite site, Span<SunAngles> destination)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (site.Validate() is { Length: > 0 } problems)
        {
            throw new ArgumentException("Invalid solar site: " + string.Join("; ", problems), nameof(site));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, Count, nameof(destination));
        var observer = new SolarObserver(site);
        for (var i = 0; i < Count; i++)
        {
            var v = i * Stride;
            var seen = observer.Observe(_values[v], _values[v + 1], _values[v + 2], _values[v + 3]);
            destination[i] = new SunAngles(seen.Zenith, seen.Azimuth);
        }
    }
}
