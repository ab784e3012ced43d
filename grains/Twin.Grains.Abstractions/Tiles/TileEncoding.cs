namespace Twin.Grains.Tiles;

/// <summary>The content coding a client accepts for tile content; the content grain keeps each it was asked for.</summary>
public enum TileEncoding
{
    Identity = 0,
    Gzip = 1,
    Brotli = 2,
}
