using System.Collections.Immutable;

namespace Twin.Grains.City;

/// <summary>The import journal of a dataset: one small record, written when an import begins, changes owner and completes.</summary>
public sealed class ImportJournalGrain(
    [PersistentState("import-journal", StorageNames.City)] IPersistentState<ImportJournalState> state)
    : Grain, IImportJournalGrain
{
    public async Task<bool> BeginAsync(PendingImport import)
    {
        var journal = state.State;
        if (journal.Pending.Any(p => p.Id == import.Id) || journal.Completed.Contains(import.Id))
        {
            return false;
        }

        state.State = journal with { Pending = journal.Pending.Add(import) };
        await state.WriteStateAsync();
        return true;
    }

    public Task<ImmutableArray<PendingImport>> GetPendingAsync() => Task.FromResult(state.State.Pending);

    public async Task<PendingImport?> ClaimAsync(string import, string expectedOwner, string newOwner)
    {
        var journal = state.State;
        var pending = journal.Pending.FirstOrDefault(p => p.Id == import);
        if (pending is null || pending.Owner != expectedOwner)
        {
            return null;
        }

        var claimed = pending with { Owner = newOwner };
        state.State = journal with { Pending = journal.Pending.Replace(pending, claimed) };
        await state.WriteStateAsync();
        return claimed;
    }

    public async Task CompleteAsync(string import)
    {
        var journal = state.State;
        var completed = journal.Completed.Remove(import).Add(import);
        state.State = journal with
        {
            Pending = journal.Pending.RemoveAll(p => p.Id == import),
            Completed = completed.Length > ImportJournalState.CompletedKept ? completed[^ImportJournalState.CompletedKept..] : completed,
        };
        await state.WriteStateAsync();
    }
}
