using System.Globalization;
using NetTopologySuite.Geometries;
using Twin.Models.Geo;

namespace Twin.Models.Import;

/// <summary>
/// Brings a source geometry into RD New: WGS84 longitude/latitude through <see cref="RdNew.FromWgs84"/>,
/// RD New as it is. Rejects a geometry with a coordinate that is not a number, not a WGS84 position, or
/// outside the RD New domain, naming the coordinate.
/// </summary>
internal static class GeometryProjection
{
    public static FeatureOutcome<Geometry> ToRd(Geometry? geometry, SourceCrs crs)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            return FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, "the feature has no geometry");
        }

        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y))
            {
                return FeatureOutcome<Geometry>.Fail(RejectionReason.InvalidGeometry, $"coordinate ({Format(c.X)} {Format(c.Y)}) is not a finite number");
            }

            if (crs.IsGeographic && (Math.Abs(c.X) > 180 || Math.Abs(c.Y) > 90))
            {
                return FeatureOutcome<Geometry>.Fail(RejectionReason.OutsideDomain, $"coordinate ({Format(c.X)} {Format(c.Y)}) is not a WGS84 longitude/latitude ({crs.Name})");
            }
        }

        var rd = crs.IsGeographic ? ToRdFromWgs84(geometry) : geometry;
        foreach (var c in rd.Coordinates)
        {
            if (!RdNew.IsInDomain(new RdPoint(c.X, c.Y)))
            {
                var source = crs.IsGeographic ? "WGS84 position converted to RD New " : string.Empty;
                return FeatureOutcome<Geometry>.Fail(RejectionReason.OutsideDomain, $"{source}({Format(c.X)} {Format(c.Y)}) lies outside the RD New domain {DomainText}");
            }
        }

        return FeatureOutcome<Geometry>.Ok(rd);
    }

    public static string DomainText { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"(x {RdNew.Domain.MinX:0}..{RdNew.Domain.MaxX:0}, y {RdNew.Domain.MinY:0}..{RdNew.Domain.MaxY:0})");

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static Geometry ToRdFromWgs84(Geometry geometry)
    {
        var copy = RdGeometry.Factory.CreateGeometry(geometry);
        copy.Apply(new Wgs84ToRdFilter());
        copy.GeometryChanged();
        return copy;
    }

    private sealed class Wgs84ToRdFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var rd = RdNew.FromWgs84(new GeoPoint(seq.GetY(i), seq.GetX(i)));
            seq.SetX(i, rd.X);
            seq.SetY(i, rd.Y);
        }
    }
}
