using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// The tile-local frame that the glb writer and the tileset share: east-north-up (ENU) at the centre
/// of the tile's RD New bounds, at NAP 0. glTF is y-up, so a local ENU point (e, n, u) is stored as
/// glTF (x, y, z) = (e, u, -n); 3D Tiles turns y-up into z-up before it applies the tile
/// <c>transform</c>, which is therefore exactly ENU -> ECEF at the origin (<see cref="EnuToEcef"/>).
/// </summary>
/// <remarks>
/// <para>Heights: NAP heights become ellipsoidal (WGS84) heights by adding <see cref="GeoidHeight"/>, the
/// height of the NLGEO2018 quasi-geoid (RDNAPTRANS 2018) above the ellipsoid. Its grid (PROJ's
/// nl_nsgi_nlgeo2018.tif) is not available offline here, so this is a documented constant: the quasi-geoid
/// lies between about 41 and 44 m on land in the Netherlands, and published comparisons of PDOK's ellipsoidal
/// terrain with NAP in the centre of the country give NAP + 43.3 to 43.4 m (Lek at Nieuwegein 43.40, IJssel at
/// Deventer 43.32); Hilversum lies in the same central region. The error of the constant is a few decimetres at most and the
/// same for every tile of the municipality, below the 7-parameter datum shift's own ~1 m (see <see cref="RdNew"/>).</para>
/// <para>Frames are computed from the tile address alone, so the writer and the tileset agree without sharing state.</para>
/// </remarks>
public static class TileFrame
{
    /// <summary>Height of NAP 0 above the WGS84 ellipsoid in Hilversum, metres (approximation, see remarks).</summary>
    public const double GeoidHeight = 43.3;

    /// <summary>The origin of a tile's frame: the centre of its RD New bounds (at NAP 0).</summary>
    public static RdPoint Origin(TileAddress address) => TilingScheme.Bounds(address).Centre;

    /// <summary>Ellipsoidal (WGS84) height of a height in metres NAP.</summary>
    public static double EllipsoidalHeight(double napHeight) => napHeight + GeoidHeight;

    /// <summary>The exact path: RD New + NAP -> WGS84 -> ECEF through ProjNet. Slow; for control points and tests.</summary>
    public static EcefPoint ToEcef(RdPoint point, double napHeight) =>
        RdNew.ToEcef(RdNew.ToWgs84(point, EllipsoidalHeight(napHeight)));

    /// <summary>ENU -> ECEF at the frame's origin as a column-major 4x4 matrix (the 3D Tiles tile transform).</summary>
    public static double[] EnuToEcef(TileAddress address) => EnuBasis.At(Origin(address)).ToMatrix();

    /// <summary>
    /// A fast converter from RD New + NAP to this tile's glTF coordinates, accurate over <paramref name="coverage"/>
    /// (the tile's content, which may reach beyond the tile).
    /// </summary>
    public static LocalProjection Projection(TileAddress address, RdEnvelope coverage) =>
        new(EnuBasis.At(Origin(address)), coverage.IsEmpty ? TilingScheme.Bounds(address) : coverage.Union(TilingScheme.Bounds(address)));
}
