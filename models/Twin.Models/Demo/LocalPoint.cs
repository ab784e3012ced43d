namespace Twin.Models.Demo;

/// <summary>
/// A point in the district's own frame, metres: origin at the station, <see cref="V"/> along the
/// railway (north-north-west), <see cref="U"/> across it (east-north-east).
/// </summary>
internal readonly record struct LocalPoint(double U, double V)
{
    public double DistanceFromStation => Math.Sqrt((U * U) + (V * V));

    public double DistanceTo(LocalPoint other) => Math.Sqrt(((U - other.U) * (U - other.U)) + ((V - other.V) * (V - other.V)));

    public static LocalPoint Lerp(LocalPoint from, LocalPoint to, double t) =>
        new(from.U + (t * (to.U - from.U)), from.V + (t * (to.V - from.V)));
}
