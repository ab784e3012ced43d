using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// A 3D Tiles bounding region: west, south, east, north in radians (WGS84) and minimum and maximum ellipsoidal
/// heights in metres. Made from an RD New box by converting its corners and edge midpoints (RD is conformal
/// and nearly aligned with the meridians, so a box's image is a slightly turned quadrilateral), padded by
/// <see cref="PaddingRadians"/> (about 3 m) and <see cref="PaddingMetres"/> in height to cover curvature and
/// the float32 rounding of the content.
/// </summary>
public readonly record struct TileRegion(double West, double South, double East, double North, double MinHeight, double MaxHeight)
{
    public const double PaddingRadians = 5e-7;

    public const double PaddingMetres = 2;

    public static TileRegion Of(RdEnvelope bounds, HeightRange heights)
    {
        double west = double.MaxValue, south = double.MaxValue, east = double.MinValue, north = double.MinValue;
        for (var i = 0; i <= 2; i++)
        {
            for (var j = 0; j <= 2; j++)
            {
                var geo = RdNew.ToWgs84(new RdPoint(bounds.MinX + (bounds.Width * i / 2), bounds.MinY + (bounds.Height * j / 2)));
                var (lat, lon) = (geo.Latitude * Math.PI / 180, geo.Longitude * Math.PI / 180);
                (west, east, south, north) = (Math.Min(west, lon), Math.Max(east, lon), Math.Min(south, lat), Math.Max(north, lat));
            }
        }

        return new TileRegion(
            west - PaddingRadians,
            south - PaddingRadians,
            east + PaddingRadians,
            north + PaddingRadians,
            TileFrame.EllipsoidalHeight(heights.Min) - PaddingMetres,
            TileFrame.EllipsoidalHeight(heights.Max) + PaddingMetres);
    }

    public bool Contains(TileRegion other) =>
        other.West >= West && other.East <= East && other.South >= South && other.North <= North
        && other.MinHeight >= MinHeight && other.MaxHeight <= MaxHeight;
}
