namespace Twin.Models.Demo;

/// <summary>Which side of the railway a street line lies on; a line on both sides crosses it.</summary>
[Flags]
internal enum RailwaySides
{
    None = 0,
    West = 1,
    East = 2,
    Both = West | East,
}
