namespace Twin.Models.Geo;

/// <summary>
/// The one quadtree over RD New that every tile in Twin uses: a square root of 524,288 m
/// whose south-west corner is at (-100000, 200000), so that it covers the whole RD domain and
/// tile edges fall on whole metres at every level used.
/// </summary>
public static class TilingScheme
{
    public const double RootMinX = -100_000;
    public const double RootMinY = 200_000;
    public const double RootSize = 524_288;
    public const int MaxLevel = 20;

    /// <summary>The level of the read-side tile grains: 512 m cells.</summary>
    public const int IndexLevel = 10;

    public static double TileSize(int level) => RootSize / (1 << level);

    public static RdEnvelope Bounds(TileAddress tile)
    {
        var size = TileSize(tile.Level);
        var minX = RootMinX + (tile.X * size);
        var minY = RootMinY + (tile.Y * size);
        return new RdEnvelope(minX, minY, minX + size, minY + size);
    }

    /// <summary>The tile at a level that contains a point; points on an edge belong to the tile east/north of it.</summary>
    public static TileAddress TileAt(RdPoint point, int level = IndexLevel)
    {
        var size = TileSize(level);
        var max = (1 << level) - 1;
        var x = (int)Math.Clamp(Math.Floor((point.X - RootMinX) / size), 0, max);
        var y = (int)Math.Clamp(Math.Floor((point.Y - RootMinY) / size), 0, max);
        return new TileAddress(level, x, y);
    }

    public static bool Covers(RdPoint point) =>
        point.X >= RootMinX && point.X < RootMinX + RootSize && point.Y >= RootMinY && point.Y < RootMinY + RootSize;

    /// <summary>Every tile at a level that an envelope touches, west to east, south to north.</summary>
    public static IEnumerable<TileAddress> TilesCovering(RdEnvelope envelope, int level = IndexLevel)
    {
        if (envelope.IsEmpty)
        {
            yield break;
        }

        var min = TileAt(new RdPoint(envelope.MinX, envelope.MinY), level);
        var max = TileAt(new RdPoint(envelope.MaxX, envelope.MaxY), level);
        for (var y = min.Y; y <= max.Y; y++)
        {
            for (var x = min.X; x <= max.X; x++)
            {
                yield return new TileAddress(level, x, y);
            }
        }
    }
}
