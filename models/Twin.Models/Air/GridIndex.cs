using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>
/// A uniform grid over RD New boxes: each item is listed in every cell its box touches, so a query
/// reads only the cells around the box asked for. Built once, then read from many threads.
/// </summary>
internal sealed class GridIndex<T>
{
    private readonly Dictionary<(int Column, int Row), List<int>> _cells = [];
    private readonly List<T> _items = [];
    private readonly double _cellSize;

    public GridIndex(double cellSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cellSize);
        _cellSize = cellSize;
    }

    public int Count => _items.Count;

    public void Add(T item, RdEnvelope box)
    {
        if (box.IsEmpty || !double.IsFinite(box.MinX) || !double.IsFinite(box.MaxY))
        {
            return;
        }

        var index = _items.Count;
        _items.Add(item);
        var (c0, r0) = Cell(box.MinX, box.MinY);
        var (c1, r1) = Cell(box.MaxX, box.MaxY);
        for (var c = c0; c <= c1; c++)
        {
            for (var r = r0; r <= r1; r++)
            {
                if (!_cells.TryGetValue((c, r), out var list))
                {
                    _cells[(c, r)] = list = [];
                }

                list.Add(index);
            }
        }
    }

    /// <summary>Every item whose box may touch <paramref name="box"/>, each once, in the order they were added.</summary>
    public List<T> Query(RdEnvelope box)
    {
        var found = new SortedSet<int>();
        var (c0, r0) = Cell(box.MinX, box.MinY);
        var (c1, r1) = Cell(box.MaxX, box.MaxY);
        for (var c = c0; c <= c1; c++)
        {
            for (var r = r0; r <= r1; r++)
            {
                if (_cells.TryGetValue((c, r), out var list))
                {
                    found.UnionWith(list);
                }
            }
        }

        return [.. found.Select(i => _items[i])];
    }

    private (int Column, int Row) Cell(double x, double y) => ((int)Math.Floor(x / _cellSize), (int)Math.Floor(y / _cellSize));
}
