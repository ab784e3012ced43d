using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// Turns entity changes into per-tile work: an entity goes into the tile that holds its anchor, and
/// leaves its previous tile when it moved or was removed. Thread-safe, so writers may add from
/// parallel grain calls; each tile then gets one update, however many of its entities changed.
/// </summary>
public sealed class TileChangeSet(string scenario, int level = TilingScheme.IndexLevel)
{
    private readonly Dictionary<TileAddress, TileWork> _work = [];
    private readonly Lock _lock = new();

    public string Scenario { get; } = scenario;

    public int TileCount
    {
        get
        {
            lock (_lock)
            {
                return _work.Count;
            }
        }
    }

    /// <summary>Adds a change: <paramref name="current"/> null means removed, <paramref name="previous"/> null means created.</summary>
    public void Add(ICityEntity? previous, ICityEntity? current, long version)
    {
        var target = current is null ? (TileAddress?)null : TilingScheme.TileAt(current.Anchor, level);
        var source = previous is null ? (TileAddress?)null : TilingScheme.TileAt(previous.Anchor, level);
        lock (_lock)
        {
            if (current is not null && target is { } to)
            {
                WorkFor(to).Upserts.Add(new VersionedEntity(current, version));
            }

            if (previous is not null && source is { } from && source != target)
            {
                WorkFor(from).Removals.Add(new EntityRemoval(EntityKey.Of(previous), version));
            }
        }
    }

    /// <summary>The work per tile, in a stable order (south to north, west to east).</summary>
    public IReadOnlyList<(TileKey Tile, IReadOnlyList<VersionedEntity> Upserts, IReadOnlyList<EntityRemoval> Removals)> ByTile()
    {
        lock (_lock)
        {
            return _work
                .OrderBy(w => w.Key.Y).ThenBy(w => w.Key.X)
                .Select(w => (new TileKey(Scenario, w.Key), (IReadOnlyList<VersionedEntity>)w.Value.Upserts, (IReadOnlyList<EntityRemoval>)w.Value.Removals))
                .ToList();
        }
    }

    private TileWork WorkFor(TileAddress tile)
    {
        if (!_work.TryGetValue(tile, out var work))
        {
            work = new TileWork();
            _work[tile] = work;
        }

        return work;
    }

    private sealed class TileWork
    {
        public List<VersionedEntity> Upserts { get; } = [];

        public List<EntityRemoval> Removals { get; } = [];
    }
}
