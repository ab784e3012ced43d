namespace Twin.Models.Daylight;

/// <summary>Per-thread marks that make each building and crown count once per query although the grid lists it in several cells.</summary>
internal sealed class ScratchStamps(int buildings, int trees)
{
    private int _stamp;

    public int[] Buildings { get; } = new int[buildings];

    public int[] Trees { get; } = new int[trees];

    public void Next() => _stamp++;

    /// <summary>True the first time an item is marked in this query.</summary>
    public bool Mark(int[] marks, int item)
    {
        if (marks[item] == _stamp)
        {
            return false;
        }

        marks[item] = _stamp;
        return true;
    }
}
