using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>An east-north-up frame: its ECEF origin and unit axes, all in doubles.</summary>
internal sealed record EnuBasis(EcefPoint Origin, Vec3 East, Vec3 North, Vec3 Up)
{
    public static EnuBasis At(RdPoint origin)
    {
        var geo = RdNew.ToWgs84(origin, TileFrame.EllipsoidalHeight(0));
        var ecef = RdNew.ToEcef(geo);
        var (lat, lon) = (geo.Latitude * Math.PI / 180, geo.Longitude * Math.PI / 180);
        var (sinLat, cosLat, sinLon, cosLon) = (Math.Sin(lat), Math.Cos(lat), Math.Sin(lon), Math.Cos(lon));
        return new EnuBasis(
            ecef,
            new Vec3(-sinLon, cosLon, 0),
            new Vec3(-sinLat * cosLon, -sinLat * sinLon, cosLat),
            new Vec3(cosLat * cosLon, cosLat * sinLon, sinLat));
    }

    /// <summary>An ECEF position in this frame's (east, north, up) coordinates.</summary>
    public Vec3 ToEnu(EcefPoint point)
    {
        var d = new Vec3(point.X - Origin.X, point.Y - Origin.Y, point.Z - Origin.Z);
        return new Vec3(d.Dot(East), d.Dot(North), d.Dot(Up));
    }

    /// <summary>An ECEF direction in this frame's (east, north, up) coordinates.</summary>
    public Vec3 DirectionToEnu(Vec3 direction) => new(direction.Dot(East), direction.Dot(North), direction.Dot(Up));

    /// <summary>ENU -> ECEF, column-major 4x4.</summary>
    public double[] ToMatrix() =>
    [
        East.X, East.Y, East.Z, 0,
        North.X, North.Y, North.Z, 0,
        Up.X, Up.Y, Up.Z, 0,
        Origin.X, Origin.Y, Origin.Z, 1,
    ];
}
