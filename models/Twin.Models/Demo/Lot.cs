namespace Twin.Models.Demo;

/// <summary>
/// A plot of land in a block, facing one street. Buildings are designed in lot coordinates: A along
/// the frontage, T into the plot from the front; <see cref="ToLocal"/> maps them into the district.
/// </summary>
internal readonly record struct Lot(LocalRect Area, Facing Facing, bool IsCourtyard = false)
{
    public double Frontage => Facing is Facing.North or Facing.South ? Area.Width : Area.Height;

    public double Depth => Facing is Facing.North or Facing.South ? Area.Height : Area.Width;

    public LocalPoint ToLocal(double a, double t) => Facing switch
    {
        Facing.North => new LocalPoint(Area.MinU + a, Area.MaxV - t),
        Facing.South => new LocalPoint(Area.MinU + a, Area.MinV + t),
        Facing.East => new LocalPoint(Area.MaxU - t, Area.MinV + a),
        _ => new LocalPoint(Area.MinU + t, Area.MinV + a),
    };

    /// <summary>The lot reflected in the diagonal, for blocks planned as if they were wider than tall.</summary>
    public Lot Transposed => new(Area.Transposed, Facing switch
    {
        Facing.North => Facing.East,
        Facing.East => Facing.North,
        Facing.South => Facing.West,
        _ => Facing.South,
    }, IsCourtyard);
}
