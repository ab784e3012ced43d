namespace Twin.Models.Daylight;

/// <summary>
/// A uniform grid over local coordinates: each cell lists the items whose box overlaps it (compressed rows).
/// Items that overlap several cells are listed in each; callers deduplicate with a stamp per item.
/// </summary>
internal sealed class GridIndex
{
    private readonly int[] _cellStart;
    private readonly int[] _items;

    public GridIndex(double width, double height, double cellSize, IReadOnlyList<(double MinX, double MinY, double MaxX, double MaxY)> boxes)
    {
        CellSize = cellSize;
        Columns = Math.Max(1, (int)Math.Ceiling(width / cellSize));
        Rows = Math.Max(1, (int)Math.Ceiling(height / cellSize));
        var counts = new int[(Columns * Rows) + 1];
        foreach (var box in boxes)
        {
            ForCells(box, cell => counts[cell + 1]++);
        }

        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }

        _cellStart = counts;
        _items = new int[counts[^1]];
        var fill = (int[])counts.Clone();
        for (var item = 0; item < boxes.Count; item++)
        {
            ForCells(boxes[item], cell => _items[fill[cell]++] = item);
        }
    }

    public double CellSize { get; }

    public int Columns { get; }

    public int Rows { get; }

    public int Column(double x) => Math.Clamp((int)Math.Floor(x / CellSize), 0, Columns - 1);

    public int Row(double y) => Math.Clamp((int)Math.Floor(y / CellSize), 0, Rows - 1);

    public ReadOnlySpan<int> Items(int column, int row)
    {
        var cell = (row * Columns) + column;
        return _items.AsSpan(_cellStart[cell], _cellStart[cell + 1] - _cellStart[cell]);
    }

    private void ForCells((double MinX, double MinY, double MaxX, double MaxY) box, Action<int> action)
    {
        for (var row = Row(box.MinY); row <= Row(box.MaxY); row++)
        {
            for (var column = Column(box.MinX); column <= Column(box.MaxX); column++)
            {
                action((row * Columns) + column);
            }
        }
    }
}
