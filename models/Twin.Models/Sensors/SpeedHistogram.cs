namespace Twin.Models.Sensors;

/// <summary>
/// Speeds counted in bins of 1 km/h, so that percentiles such as V85 can be read from an hour or a
/// day long after the raw readings are deleted, and hours merge into days exactly. Only the bins
/// from the slowest to the fastest speed seen are kept.
/// </summary>
[GenerateSerializer, Alias("twin.sensors.speed-histogram")]
public sealed class SpeedHistogram
{
    public const int MaxBin = 250;

    /// <summary>The speed (km/h) of the first bin.</summary>
    [Id(0)] public int First { get; private set; }

    /// <summary>Readings per bin, from <see cref="First"/> up.</summary>
    [Id(1)] public int[] Counts { get; private set; } = [];

    public long Total => Counts.Sum(c => (long)c);

    public void Add(double speed) => AddToBin(Math.Clamp((int)Math.Floor(speed), 0, MaxBin), 1);

    public void Merge(SpeedHistogram other)
    {
        for (var i = 0; i < other.Counts.Length; i++)
        {
            if (other.Counts[i] != 0)
            {
                AddToBin(other.First + i, other.Counts[i]);
            }
        }
    }

    /// <summary>
    /// The speed below which the share <paramref name="fraction"/> of vehicles drove, interpolated
    /// linearly within its 1 km/h bin; null when empty.
    /// </summary>
    public double? Percentile(double fraction)
    {
        var total = Total;
        if (total == 0)
        {
            return null;
        }

        var target = fraction * total;
        long below = 0;
        for (var i = 0; i < Counts.Length; i++)
        {
            if (Counts[i] > 0 && below + Counts[i] >= target)
            {
                return First + i + ((target - below) / Counts[i]);
            }

            below += Counts[i];
        }

        return First + Counts.Length;
    }

    private void AddToBin(int bin, int count)
    {
        if (Counts.Length == 0)
        {
            First = bin;
            Counts = new int[1];
        }
        else if (bin < First)
        {
            var grown = new int[Counts.Length + (First - bin)];
            Counts.CopyTo(grown, First - bin);
            Counts = grown;
            First = bin;
        }
        else if (bin >= First + Counts.Length)
        {
            var grown = new int[bin - First + 1];
            Counts.CopyTo(grown, 0);
            Counts = grown;
        }

        Counts[bin - First] += count;
    }
}
