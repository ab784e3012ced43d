namespace Twin.Models.Demo;

/// <summary>
/// Seeded draws. <see cref="Random"/> constructed with a seed runs the same algorithm on every .NET
/// version and platform, so a seed always gives the same city; never the clock, never string hashes.
/// </summary>
internal static class DemoRandom
{
    public static Random Stream(int seed, DemoStream stream) => new(Mix(seed, (int)stream));

    /// <summary>A non-negative seed from two integers (SplitMix64 finaliser).</summary>
    public static int Mix(int a, int b) => (int)(SplitMix(((ulong)(uint)a << 32) | (uint)b) >> 33);

    /// <summary>A value in [0, 1) that depends only on a seed and a cell, not on the order of draws.</summary>
    public static double Unit(int seed, int i, int j)
    {
        var bits = SplitMix(((ulong)(uint)Mix(seed, i) << 32) | (uint)j);
        return (bits >> 11) * (1.0 / (1UL << 53));
    }

    public static double Between(this Random random, double min, double max) => min + (random.NextDouble() * (max - min));

    public static int Between(this Random random, int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var target = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    private static ulong SplitMix(ulong x)
    {
        unchecked
        {
            var z = x + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
