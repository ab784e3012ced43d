using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Grains.Tiles;

/// <summary>
/// The recent tile and layer changes of a city catalog activation, in order, with a wake-up for
/// subscribers that wait. Held in memory only: a new activation starts a new epoch and subscribers
/// of the old one reload once.
/// </summary>
internal sealed class TileChangeLog(TimeProvider time)
{
    public const int Remembered = 4096;

    private readonly Queue<TileChange> _changes = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Guid Epoch { get; } = Guid.NewGuid();

    public long Sequence { get; private set; }

    public void RecordTiles(IEnumerable<TileSummary> before, IEnumerable<TileSummary> after)
    {
        var known = before.ToDictionary(t => t.Key, t => t.Version);
        foreach (var summary in after)
        {
            if (!known.TryGetValue(summary.Key, out var version) || version != summary.Version)
            {
                Add(summary.Key.Scenario, summary.Key.Address, summary.Version, null);
            }
        }
    }

    /// <summary>A scenario's edits changed: the tiles they touched before and touch now change.</summary>
    public void RecordScenario(string scenario, long version, IEnumerable<Models.Geo.TileAddress> before, IEnumerable<Models.Geo.TileAddress> after)
    {
        foreach (var tile in before.Union(after))
        {
            Add(scenario, tile, version, null);
        }
    }

    public void RecordLayer(string scenario, string layer, long version) => Add(scenario, null, version, layer);

    public async Task<TileChanges> WaitAsync(Guid epoch, long afterSequence, TimeSpan wait)
    {
        if (epoch == Epoch && afterSequence >= Sequence && wait > TimeSpan.Zero)
        {
            try
            {
                await _next.Task.WaitAsync(wait, time);
            }
            catch (TimeoutException)
            {
                // Nothing changed in time: the subscriber gets an empty answer and asks again.
            }
        }

        return After(epoch, afterSequence);
    }

    private TileChanges After(Guid epoch, long afterSequence)
    {
        var oldest = _changes.Count == 0 ? Sequence + 1 : _changes.Peek().Sequence;
        var complete = epoch == Epoch && afterSequence >= oldest - 1 && afterSequence <= Sequence;
        ImmutableArray<TileChange> changes = complete ? [.. _changes.Where(c => c.Sequence > afterSequence)] : [];
        return new TileChanges(Epoch, Sequence, changes, complete);
    }

    private void Add(string scenario, Models.Geo.TileAddress? address, long version, string? layer)
    {
        Sequence++;
        _changes.Enqueue(new TileChange(Sequence, scenario, address, version, layer));
        while (_changes.Count > Remembered)
        {
            _changes.Dequeue();
        }

        var woken = _next;
        _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        woken.TrySetResult();
    }
}
