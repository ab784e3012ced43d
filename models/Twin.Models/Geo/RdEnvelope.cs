namespace Twin.Models.Geo;

/// <summary>An axis-aligned box in RD New (EPSG:28992), metres. <see cref="Empty"/> contains nothing.</summary>
[GenerateSerializer, Immutable, Alias("twin.geo.rd-envelope")]
public readonly record struct RdEnvelope(
    [property: Id(0)] double MinX,
    [property: Id(1)] double MinY,
    [property: Id(2)] double MaxX,
    [property: Id(3)] double MaxY)
{
    public static RdEnvelope Empty { get; } = new(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);

    public bool IsEmpty => MinX > MaxX || MinY > MaxY;

    public double Width => IsEmpty ? 0 : MaxX - MinX;

    public double Height => IsEmpty ? 0 : MaxY - MinY;

    public RdPoint Centre => new((MinX + MaxX) / 2, (MinY + MaxY) / 2);

    public static RdEnvelope Of(RdPoint point) => new(point.X, point.Y, point.X, point.Y);

    public static RdEnvelope Of(IEnumerable<RdPoint> points)
    {
        var envelope = Empty;
        foreach (var point in points)
        {
            envelope = envelope.Including(point);
        }

        return envelope;
    }

    public RdEnvelope Including(RdPoint point) =>
        new(Math.Min(MinX, point.X), Math.Min(MinY, point.Y), Math.Max(MaxX, point.X), Math.Max(MaxY, point.Y));

    public RdEnvelope Union(RdEnvelope other) =>
        new(Math.Min(MinX, other.MinX), Math.Min(MinY, other.MinY), Math.Max(MaxX, other.MaxX), Math.Max(MaxY, other.MaxY));

    public RdEnvelope Expanded(double distance) =>
        IsEmpty ? this : new(MinX - distance, MinY - distance, MaxX + distance, MaxY + distance);

    public bool Intersects(RdEnvelope other) =>
        !IsEmpty && !other.IsEmpty && MinX <= other.MaxX && other.MinX <= MaxX && MinY <= other.MaxY && other.MinY <= MaxY;

    public bool Contains(RdPoint point) => point.X >= MinX && point.X <= MaxX && point.Y >= MinY && point.Y <= MaxY;

    public bool Contains(RdEnvelope other) =>
        !other.IsEmpty && other.MinX >= MinX && other.MaxX <= MaxX && other.MinY >= MinY && other.MaxY <= MaxY;
}
