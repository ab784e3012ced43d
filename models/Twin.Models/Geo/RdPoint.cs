namespace Twin.Models.Geo;

/// <summary>A point in RD New (EPSG:28992), metres.</summary>
[GenerateSerializer, Immutable, Alias("twin.geo.rd-point")]
public readonly record struct RdPoint([property: Id(0)] double X, [property: Id(1)] double Y)
{
    public double DistanceTo(RdPoint other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));

    public override string ToString() => FormattableString.Invariant($"({X:0.###} {Y:0.###})");
}
