using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>
/// An import that is journaled but not yet fully applied: its entities are staged in <see cref="Chunks"/>
/// import-chunk grains, and <see cref="Owner"/> is the silo applying it. Should that silo die, another
/// silo claims the import and applies it again from the staged chunks (roll forward).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.pending-import")]
public sealed record PendingImport(
    [property: Id(0)] string Id,
    [property: Id(1)] string Source,
    [property: Id(2)] int Chunks,
    [property: Id(3)] EntityCounts Counts,
    [property: Id(4)] string Owner,
    [property: Id(5)] DateTimeOffset StartedAt)
{
    /// <summary>The key of one staged chunk of an import of a dataset.</summary>
    public static string ChunkKey(string dataset, string import, int chunk) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{dataset}/{import}/{chunk}");
}
