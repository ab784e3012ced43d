namespace Twin.Models.City;

/// <summary>
/// The lowest and highest point of a tile's content in metres NAP: from the deepest utility line
/// to the highest roof or tree top. Trees and sensors carry no ground level of their own; they
/// stand on the lowest known ground of the tile (or NAP 0 when the tile knows none), which keeps
/// the range a bound rather than an exact fit.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.height-range")]
public readonly record struct HeightRange([property: Id(0)] double Min, [property: Id(1)] double Max)
{
    public static HeightRange Empty { get; } = new(double.PositiveInfinity, double.NegativeInfinity);

    public bool IsEmpty => Min > Max;

    public HeightRange Union(HeightRange other) => new(Math.Min(Min, other.Min), Math.Max(Max, other.Max));

    public HeightRange Including(double height) => new(Math.Min(Min, height), Math.Max(Max, height));

    public static HeightRange Of(IEnumerable<ICityEntity> entities)
    {
        var range = Empty;
        var ground = double.PositiveInfinity;
        var standing = 0.0;
        var any = false;
        foreach (var entity in entities)
        {
            any = true;
            switch (entity)
            {
                case Building building:
                    range = range.Including(building.GroundLevel).Including(building.RoofHeight);
                    if (building.Shape is { } shape)
                    {
                        // A LOD2 roof rises above RoofHeight, which 3D BAG gives as the 70th percentile of the roof.
                        range = range.Union(shape.Heights);
                    }

                    ground = Math.Min(ground, building.GroundLevel);
                    break;
                case UtilityLine line:
                    range = range.Including(line.TopLevel - (line.Diameter / 1000)).Including(line.GroundLevel); // diameter in mm
                    ground = Math.Min(ground, line.GroundLevel);
                    break;
                case Tree tree:
                    standing = Math.Max(standing, tree.Height);
                    break;
                case Sensor sensor:
                    standing = Math.Max(standing, sensor.MountingHeight);
                    break;
                default:
                    break;
            }
        }

        if (!any)
        {
            return Empty;
        }

        var baseLevel = double.IsPositiveInfinity(ground) ? 0 : ground;
        return range.Including(baseLevel).Including(baseLevel + standing);
    }
}
