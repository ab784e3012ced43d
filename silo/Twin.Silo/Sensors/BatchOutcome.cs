using System.Collections.Immutable;

namespace Twin.Silo.Sensors;

/// <summary>What became of a mixed batch once every sensor's part of it is stored.</summary>
public sealed record BatchOutcome(int Stored, int Duplicates, ImmutableArray<BatchRejection> Rejected)
{
    public int Accepted => Stored + Duplicates;
}
