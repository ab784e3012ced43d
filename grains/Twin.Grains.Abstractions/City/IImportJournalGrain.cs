using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Twin.Grains.City;

/// <summary>
/// The import journal of a dataset, keyed by dataset id: the imports that were committed (their entities
/// staged) and not yet completed. Beginning an import here is the moment it becomes all-or-nothing:
/// before it nothing of the import is applied, after it the import is completed even across a crash.
/// </summary>
[Alias("twin.city.IImportJournalGrain")]
public interface IImportJournalGrain : IGrainWithStringKey
{
    /// <summary>Commits an import whose chunks are staged; false when an import with this id is pending or was recently completed.</summary>
    [Alias("begin")]
    Task<bool> BeginAsync(PendingImport import);

    // Reads may interleave: they never change state.
    [Alias("pending"), ReadOnly]
    Task<ImmutableArray<PendingImport>> GetPendingAsync();

    /// <summary>Hands a pending import to a new owner, if it still has the owner the caller saw; null when it does not.</summary>
    [Alias("claim")]
    Task<PendingImport?> ClaimAsync(string import, string expectedOwner, string newOwner);

    /// <summary>Marks an import as fully applied; its staged chunks may then be cleared.</summary>
    [Alias("complete")]
    Task CompleteAsync(string import);
}
