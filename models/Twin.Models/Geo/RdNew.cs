using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Twin.Models.Geo;

/// <summary>
/// Conversions between RD New (EPSG:28992), WGS84 (EPSG:4326) and ECEF (EPSG:4978) through ProjNet.
/// The datum shift is the EPSG 7-parameter Amersfoort -> WGS84 transformation (EPSG:15739),
/// good to about a metre; heights pass through unchanged (NAP is not converted here).
/// ProjNet inverts the datum shift only approximately (about 1 cm), so <see cref="FromWgs84"/>
/// refines its result until it is the exact inverse of <see cref="ToWgs84"/>: a round trip moves
/// nothing, and re-importing exported WGS84 data is idempotent.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "RD New is the name of the reference system (EPSG:28992).")]
public static class RdNew
{
    /// <summary>EPSG:28992 with its TOWGS84 parameters, as published by EPSG.</summary>
    public const string Wkt =
        "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]]," +
        "TOWGS84[565.2369,50.0087,465.658,-0.406857,0.350733,-1.87035,4.0812],AUTHORITY[\"EPSG\",\"6289\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"]," +
        "PARAMETER[\"latitude_of_origin\",52.15616055555555],PARAMETER[\"central_meridian\",5.38763888888889],PARAMETER[\"scale_factor\",0.9999079]," +
        "PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]]," +
        "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    /// <summary>The area where RD New is defined (EPSG:28992 bounds, slightly rounded outwards).</summary>
    public static RdEnvelope Domain { get; } = new(-8000, 288000, 301000, 630000);

    // ProjNet transformation objects are not safe to share between threads.
    private static readonly ThreadLocal<Transforms> PerThread = new(() => new Transforms());

    public static GeoPoint ToWgs84(RdPoint point, double height = 0)
    {
        var (lon, lat) = PerThread.Value!.RdToWgs84.MathTransform.Transform(point.X, point.Y);
        return new GeoPoint(lat, lon, height);
    }

    public static RdPoint FromWgs84(GeoPoint point)
    {
        var transforms = PerThread.Value!;
        var (tx, ty) = transforms.Wgs84ToRd.MathTransform.Transform(point.Longitude, point.Latitude);
        var (x, y) = (tx, ty);
        var residual = ForwardResidual(transforms, x, y, point);
        for (var i = 0; i < 4 && residual > 1e-12; i++)
        {
            // Fixed-point refinement: move by the residual of the forward transform, mapped back to metres.
            // Kept only while it helps (ProjNet's inverse projection is flat within ~0.1 m of the RD origin).
            var (lon, lat) = transforms.RdToWgs84.MathTransform.Transform(x, y);
            var (rx, ry) = transforms.Wgs84ToRd.MathTransform.Transform(lon, lat);
            var (nx, ny) = (x + tx - rx, y + ty - ry);
            var next = ForwardResidual(transforms, nx, ny, point);
            if (next >= residual)
            {
                break;
            }

            (x, y, residual) = (nx, ny, next);
        }

        return new RdPoint(x, y);
    }

    /// <summary>WGS84 (ellipsoidal height) to ECEF through ProjNet's geocentric transformation.</summary>
    public static EcefPoint ToEcef(GeoPoint point)
    {
        var (x, y, z) = PerThread.Value!.Wgs84ToEcef.MathTransform.Transform(point.Longitude, point.Latitude, point.Height);
        return new EcefPoint(x, y, z);
    }

    /// <summary>
    /// ECEF to WGS84 (ellipsoidal height). ProjNet's inverse is good to a few millimetres; this refines it
    /// against <see cref="ToEcef"/> until the round trip is exact to well under a millimetre.
    /// </summary>
    public static GeoPoint FromEcef(EcefPoint point)
    {
        var transforms = PerThread.Value!;
        var (lon, lat, h) = transforms.EcefToWgs84.MathTransform.Transform(point.X, point.Y, point.Z);
        for (var i = 0; i < 3; i++)
        {
            var (x, y, z) = transforms.Wgs84ToEcef.MathTransform.Transform(lon, lat, h);
            var (lon2, lat2, h2) = transforms.EcefToWgs84.MathTransform.Transform(x, y, z);
            var (lon3, lat3, h3) = transforms.EcefToWgs84.MathTransform.Transform(point.X, point.Y, point.Z);
            lon += lon3 - lon2;
            lat += lat3 - lat2;
            h += h3 - h2;
        }

        return new GeoPoint(lat, lon, h);
    }

    public static bool IsInDomain(RdPoint point) => Domain.Contains(point);

    private static double ForwardResidual(Transforms transforms, double x, double y, GeoPoint target)
    {
        var (lon, lat) = transforms.RdToWgs84.MathTransform.Transform(x, y);
        return Math.Abs(lon - target.Longitude) + Math.Abs(lat - target.Latitude);
    }

    private sealed class Transforms
    {
        public Transforms()
        {
            var rd = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt);
            var factory = new CoordinateTransformationFactory();
            RdToWgs84 = factory.CreateFromCoordinateSystems(rd, GeographicCoordinateSystem.WGS84);
            Wgs84ToRd = factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, rd);
            Wgs84ToEcef = factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, GeocentricCoordinateSystem.WGS84);
            EcefToWgs84 = factory.CreateFromCoordinateSystems(GeocentricCoordinateSystem.WGS84, GeographicCoordinateSystem.WGS84);
        }

        public ICoordinateTransformation RdToWgs84 { get; }

        public ICoordinateTransformation Wgs84ToRd { get; }

        public ICoordinateTransformation Wgs84ToEcef { get; }

        public ICoordinateTransformation EcefToWgs84 { get; }
    }
}
