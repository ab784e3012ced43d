using System.Collections.Concurrent;
using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>
/// All-or-nothing imports. An import is staged (its entities written in chunks to import-chunk grains),
/// then begun in the dataset's import journal (one small write: the commit point), then applied through
/// the <see cref="CityWriter"/>, then completed. A crash before the commit leaves nothing of the import
/// visible; a crash after it is repaired by rolling the import forward from the staged chunks, on the
/// restarted silo or on a surviving one, so the import ends fully applied.
/// </summary>
public sealed class CityImports(IGrainFactory grains, CityWriter writer, IImportOwners owners, TimeProvider time)
{
    /// <summary>Entities per staged chunk: small enough for one storage write, few enough writes for a large import.</summary>
    public const int ChunkSize = 500;

    private readonly ConcurrentDictionary<string, bool> _running = new(StringComparer.Ordinal);

    /// <summary>
    /// Imports the entities as one journaled import with the given id; null when an import with that id is
    /// already pending or was recently completed (then nothing is written). Once begun, the import is applied
    /// to the end even when <paramref name="cancellationToken"/> fires: a committed import is never left half done.
    /// </summary>
    public async Task<CityWriteResult?> ImportAsync(
        string dataset, string id, CitySet entities, string source, IProgress<CityWriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!_running.TryAdd(id, true))
        {
            return null;
        }

        try
        {
            var chunks = Split(entities);
            await Parallel.ForEachAsync(Enumerable.Range(0, chunks.Count), Options(cancellationToken), async (chunk, _) =>
                await Chunk(dataset, id, chunk).StageAsync(chunks[chunk]));
            var pending = new PendingImport(id, source, chunks.Count, entities.Counts, owners.Self, time.GetUtcNow());
            if (!await Journal(dataset).BeginAsync(pending))
            {
                return null;
            }

            return await ApplyAsync(dataset, pending, entities, progress);
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }

    /// <summary>
    /// Rolls forward every pending import of the dataset whose owner is gone (or is this silo, but not applying
    /// it any more); returns the imports completed here.
    /// </summary>
    public async Task<IReadOnlyList<PendingImport>> RecoverAsync(string dataset, CancellationToken cancellationToken = default)
    {
        var journal = Journal(dataset);
        var recovered = new List<PendingImport>();
        foreach (var pending in await journal.GetPendingAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var abandoned = pending.Owner == owners.Self || !owners.IsAlive(pending.Owner);
            if (!abandoned || !_running.TryAdd(pending.Id, true))
            {
                continue;
            }

            try
            {
                if (await journal.ClaimAsync(pending.Id, pending.Owner, owners.Self) is { } claimed)
                {
                    var parts = await Task.WhenAll(Enumerable.Range(0, claimed.Chunks).Select(chunk => Chunk(dataset, claimed.Id, chunk).GetAsync()));
                    await ApplyAsync(dataset, claimed, CitySet.From(parts.SelectMany(part => part.All())), progress: null);
                    recovered.Add(claimed);
                }
            }
            finally
            {
                _running.TryRemove(pending.Id, out _);
            }
        }

        return recovered;
    }

    /// <summary>The imports of the dataset that are begun and not yet completed.</summary>
    public Task<System.Collections.Immutable.ImmutableArray<PendingImport>> PendingAsync(string dataset) => Journal(dataset).GetPendingAsync();

    private async Task<CityWriteResult> ApplyAsync(string dataset, PendingImport pending, CitySet entities, IProgress<CityWriteProgress>? progress)
    {
        var write = new CityWrite(dataset, entities, pending.Source) { Import = pending.Id };
        var result = await writer.WriteAsync(write, progress, CancellationToken.None);
        await Journal(dataset).CompleteAsync(pending.Id);
        await Parallel.ForEachAsync(Enumerable.Range(0, pending.Chunks), Options(CancellationToken.None), async (chunk, _) =>
            await Chunk(dataset, pending.Id, chunk).ClearAsync());
        return result;
    }

    private static List<CitySet> Split(CitySet entities) =>
        entities.Count == 0 ? [CitySet.Empty] : [.. entities.All().Chunk(ChunkSize).Select(CitySet.From)];

    private IImportJournalGrain Journal(string dataset) => grains.GetGrain<IImportJournalGrain>(dataset);

    private IImportChunkGrain Chunk(string dataset, string id, int chunk) => grains.GetGrain<IImportChunkGrain>(PendingImport.ChunkKey(dataset, id, chunk));

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
}
