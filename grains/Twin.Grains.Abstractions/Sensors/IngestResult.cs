using System.Collections.Immutable;
using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>
/// The answer to a batch of readings of one sensor: how many were acknowledged (stored now, or
/// already stored before: duplicates), and every rejected one with its index and reason. Returned
/// only after the stored ones are written by the configured storage provider.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.ingest-result")]
public sealed record IngestResult(
    [property: Id(0)] int Stored,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] ImmutableArray<ReadingRejection> Rejected)
{
    public int Accepted => Stored + Duplicates;
}
