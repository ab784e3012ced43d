namespace Twin.Models.Demo;

/// <summary>The side of a lot that faces its street, in the district's frame (North is +V).</summary>
internal enum Facing
{
    North = 1,
    East = 2,
    South = 3,
    West = 4,
}
