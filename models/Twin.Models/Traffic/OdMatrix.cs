namespace Twin.Models.Traffic;

/// <summary>
/// Trips between zones for one period (vehicles per hour for a peak hour, or per day), dense and
/// row-major: origin by destination. Zone k is node k of the <see cref="TrafficNetwork"/>.
/// </summary>
public sealed class OdMatrix
{
    private readonly double[] _trips;

    public OdMatrix(int zoneCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(zoneCount);
        ZoneCount = zoneCount;
        _trips = new double[zoneCount * zoneCount];
    }

    public int ZoneCount { get; }

    public double this[int origin, int destination]
    {
        get => _trips[(origin * ZoneCount) + destination];
        set => _trips[(origin * ZoneCount) + destination] = value;
    }

    /// <summary>All trips.</summary>
    public double Total
    {
        get
        {
            var total = 0.0;
            foreach (var trips in _trips)
            {
                total += trips;
            }

            return total;
        }
    }

    /// <summary>The trips from one origin, by destination.</summary>
    public ReadOnlySpan<double> Row(int origin) => _trips.AsSpan(origin * ZoneCount, ZoneCount);

    /// <summary>Trips leaving each zone.</summary>
    public double[] Productions()
    {
        var sums = new double[ZoneCount];
        for (var o = 0; o < ZoneCount; o++)
        {
            foreach (var trips in Row(o))
            {
                sums[o] += trips;
            }
        }

        return sums;
    }

    /// <summary>Trips arriving in each zone.</summary>
    public double[] Attractions()
    {
        var sums = new double[ZoneCount];
        for (var o = 0; o < ZoneCount; o++)
        {
            var row = Row(o);
            for (var d = 0; d < ZoneCount; d++)
            {
                sums[d] += row[d];
            }
        }

        return sums;
    }

    /// <summary>Whether the origin sends any trips (rows without trips are skipped by the solvers).</summary>
    public bool HasTripsFrom(int origin)
    {
        foreach (var trips in Row(origin))
        {
            if (trips > 0)
            {
                return true;
            }
        }

        return false;
    }
}
