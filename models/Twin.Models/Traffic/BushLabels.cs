namespace Twin.Models.Traffic;

/// <summary>
/// Min and max path labels of one bush by rank, and the in-link entry each was reached by. Scratch:
/// one per thread, filled by <see cref="Bush.Label"/> and used straight after.
/// </summary>
internal sealed class BushLabels(int nodeCount)
{
    public double[] Min { get; } = new double[nodeCount];

    public double[] Max { get; } = new double[nodeCount];

    /// <summary>Entry (into the bush's In* arrays) of the in-link on the min path, -1 at the origin.</summary>
    public int[] MinIn { get; } = new int[nodeCount];

    public int[] MaxIn { get; } = new int[nodeCount];
}
