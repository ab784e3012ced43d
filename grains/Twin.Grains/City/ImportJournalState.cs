using System.Collections.Immutable;

namespace Twin.Grains.City;

/// <summary>The stored import journal of a dataset: pending imports, and the ids of the last completed ones.</summary>
[GenerateSerializer, Alias("twin.city.import-journal-state")]
public sealed record ImportJournalState
{
    /// <summary>How many completed import ids are kept, so the same import (the demo seed, say) is not begun twice.</summary>
    public const int CompletedKept = 64;

    [Id(0)]
    public ImmutableArray<PendingImport> Pending { get; init; } = [];

    [Id(1)]
    public ImmutableArray<string> Completed { get; init; } = [];
}
