using System.Collections.Concurrent;
using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.City;

/// <summary>
/// Writes entities into the baseline: upserts each entity grain (in parallel), then brings every
/// affected tile up to date with one call per tile, then updates the city catalog once. Entity
/// grains are the source of truth; tiles and the catalog follow from what they report.
/// </summary>
public sealed class CityWriter(IGrainFactory grains, TimeProvider time)
{
    /// <summary>Grain calls in flight at once: enough to keep both cores busy, few enough to bound memory.</summary>
    public const int Parallelism = 64;

    public Task<CityWriteResult> WriteAsync(
        string dataset, CitySet entities, string source, IProgress<CityWriteProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(new CityWrite(dataset, entities, source), progress, cancellationToken);

    /// <summary>
    /// Writes the entities; with <see cref="CityWrite.Import"/> set (a journaled import), applying the same write
    /// again after a crash gives the tiles and the catalog everything the first, interrupted, attempt did.
    /// </summary>
    public async Task<CityWriteResult> WriteAsync(CityWrite write, IProgress<CityWriteProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (dataset, entities, source) = (write.Dataset, write.Entities, write.Source);
        var tally = new Tally(entities.Count, progress);
        var changes = new TileChangeSet(TileKey.BaseScenario);
        await UpsertAllAsync(entities.Buildings, write.Import, changes, tally, cancellationToken);
        await UpsertAllAsync(entities.StreetSegments, write.Import, changes, tally, cancellationToken);
        await UpsertAllAsync(entities.Sensors, write.Import, changes, tally, cancellationToken);
        await UpsertAllAsync(entities.Trees, write.Import, changes, tally, cancellationToken);
        await UpsertAllAsync(entities.UtilityLines, write.Import, changes, tally, cancellationToken);

        var summaries = await ApplyToTilesAsync(changes, tally, cancellationToken);
        var city = grains.GetGrain<ICityGrain>(dataset);
        if (summaries.Length > 0)
        {
            await city.ApplyTileSummariesAsync(summaries);
        }

        var version = tally.Created + tally.Updated > 0
            ? await city.RecordImportAsync(new ImportRecord(source, time.GetUtcNow(), tally.Created, tally.Updated, 0, tally.Unchanged, tally.Rejected.Count, 0) { Import = write.Import })
            : (await city.GetStatsAsync(TileKey.BaseScenario)).DatasetVersion;
        return new CityWriteResult(tally.Created, tally.Updated, 0, tally.Unchanged, [.. tally.Rejected], summaries.Length, version);
    }

    /// <summary>Removes entities from the baseline by key; unknown keys are ignored.</summary>
    public async Task<CityWriteResult> RemoveAsync(string dataset, IReadOnlyCollection<EntityKey> keys, string source, CancellationToken cancellationToken = default)
    {
        var changes = new TileChangeSet(TileKey.BaseScenario);
        var removed = 0;
        await Parallel.ForEachAsync(keys, Options(cancellationToken), async (key, _) =>
        {
            var (previous, version, done) = await RemoveOneAsync(key);
            if (done)
            {
                changes.Add(previous, null, version);
                Interlocked.Increment(ref removed);
            }
        });

        var summaries = await ApplyToTilesAsync(changes, new Tally(0, null), cancellationToken);
        var city = grains.GetGrain<ICityGrain>(dataset);
        await city.ApplyTileSummariesAsync(summaries);
        var version = removed > 0
            ? await city.RecordImportAsync(new ImportRecord(source, time.GetUtcNow(), 0, 0, removed, 0, 0, 0))
            : (await city.GetStatsAsync(TileKey.BaseScenario)).DatasetVersion;
        return new CityWriteResult(0, 0, removed, keys.Count - removed, [], summaries.Length, version);
    }

    private async Task UpsertAllAsync<TEntity>(
        ImmutableArray<TEntity> entities, string? import, TileChangeSet changes, Tally tally, CancellationToken cancellationToken)
        where TEntity : class, ICityEntity
    {
        await Parallel.ForEachAsync(entities, Options(cancellationToken), async (entity, _) =>
        {
            var grain = grains.GetEntityGrain<TEntity>(entity.Id);
            var change = import is null ? await grain.UpsertAsync(entity) : await grain.UpsertFromImportAsync(entity, import);
            if (change.Changed)
            {
                changes.Add(change.Previous, change.Current, change.Version);
            }

            tally.Count(change.Outcome, EntityKey.Of(entity), change.Problems);
        });
    }

    private async Task<ImmutableArray<TileSummary>> ApplyToTilesAsync(TileChangeSet changes, Tally tally, CancellationToken cancellationToken)
    {
        var work = changes.ByTile();
        var summaries = new ConcurrentBag<TileSummary>();
        var done = 0;
        await Parallel.ForEachAsync(work, Options(cancellationToken), async (tile, _) =>
        {
            summaries.Add(await grains.GetTileGrain(tile.Tile).ApplyAsync([.. tile.Upserts], [.. tile.Removals]));
            tally.ReportTiles(Interlocked.Increment(ref done), work.Count);
        });
        return [.. summaries];
    }

    private async Task<(ICityEntity? Previous, long Version, bool Done)> RemoveOneAsync(EntityKey key)
    {
        switch (key.Kind)
        {
            case EntityKind.Building: return Removed(await grains.GetEntityGrain<Building>(key.Id).RemoveAsync());
            case EntityKind.StreetSegment: return Removed(await grains.GetEntityGrain<StreetSegment>(key.Id).RemoveAsync());
            case EntityKind.Sensor: return Removed(await grains.GetEntityGrain<Sensor>(key.Id).RemoveAsync());
            case EntityKind.Tree: return Removed(await grains.GetEntityGrain<Tree>(key.Id).RemoveAsync());
            case EntityKind.UtilityLine: return Removed(await grains.GetEntityGrain<UtilityLine>(key.Id).RemoveAsync());
            default: return (null, 0, false);
        }
    }

    private static (ICityEntity? Previous, long Version, bool Done) Removed<TEntity>(EntityChange<TEntity> change)
        where TEntity : class, ICityEntity => (change.Previous, change.Version, change.Outcome == ChangeOutcome.Removed);

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

    private sealed class Tally(int total, IProgress<CityWriteProgress>? progress)
    {
        private readonly int _reportEvery = Math.Max(1, total / 100);
        private int _created;
        private int _updated;
        private int _unchanged;
        private int _done;

        public int Created => _created;

        public int Updated => _updated;

        public int Unchanged => _unchanged;

        public ConcurrentQueue<EntityRejection> Rejected { get; } = new();

        public void Count(ChangeOutcome outcome, EntityKey key, ImmutableArray<EntityProblem> problems)
        {
            switch (outcome)
            {
                case ChangeOutcome.Created: Interlocked.Increment(ref _created); break;
                case ChangeOutcome.Updated: Interlocked.Increment(ref _updated); break;
                case ChangeOutcome.Unchanged: Interlocked.Increment(ref _unchanged); break;
                case ChangeOutcome.Rejected: Rejected.Enqueue(new EntityRejection(key, problems)); break;
            }

            var done = Interlocked.Increment(ref _done);
            if (done % _reportEvery == 0 || done == total)
            {
                progress?.Report(new CityWriteProgress(done, total, 0, 0));
            }
        }

        public void ReportTiles(int done, int tiles) => progress?.Report(new CityWriteProgress(total, total, done, tiles));
    }
}
