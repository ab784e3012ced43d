using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// What a tile of a level shows and how simplified it is: the level-of-detail policy of the 3D tiles.
/// </summary>
/// <remarks>
/// <para>Level 10 (512 m, <see cref="TilingScheme.IndexLevel"/>) holds everything at full detail; it is a leaf
/// (geometric error 0). Levels 9 (1,024 m) and 8 (2,048 m) merge their level-10 descendants and simplify:
/// footprints by <see cref="SimplifyTolerance"/> (topology preserving), and features whose every dimension
/// (height, width, depth) is below <see cref="MinFeatureSize"/> are dropped (sheds, small trees); underground
/// lines and sensors are left out (lines lie under the opaque ground; sensor poles are at most a few metres).
/// A level's <see cref="GeometricError"/> is the largest deviation of its content from full detail: the
/// larger of the simplification tolerance and the size of the largest omitted feature, so a viewer swaps a
/// parent for its children before anything omitted would be more than its screen-space error tall, and
/// nothing pops. Refinement is REPLACE.</para>
/// <para>Levels above 8 have no content. Their error is the tile size: with no content of their own they must
/// refine at any realistic viewing distance (a 4 km tile at 16 px error refines within about 240 km), or the
/// content below them would vanish.</para>
/// </remarks>
public sealed record TileDetail(
    int Level,
    bool HasContent,
    double GeometricError,
    double SimplifyTolerance,
    double MinFeatureSize,
    bool IncludeUnderground,
    bool IncludeSensors)
{
    /// <summary>The coarsest level that has content.</summary>
    public const int CoarsestContentLevel = 8;

    /// <summary>Cells per side of the ground surface grid of a content tile.</summary>
    public const int GroundCells = 16;

    public bool IsFullDetail => Level >= TilingScheme.IndexLevel;

    public static TileDetail ForLevel(int level) => level switch
    {
        >= TilingScheme.IndexLevel => new(level, true, 0, 0, 0, true, true),
        9 => new(level, true, 6, 0.5, 6, false, false),
        CoarsestContentLevel => new(level, true, 12, 1.5, 12, false, false),
        _ => new(level, false, TilingScheme.TileSize(level), 0, double.PositiveInfinity, false, false),
    };
}
