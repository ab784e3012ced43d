using System.Collections.Immutable;
using Twin.Models.Geo;
using Twin.Models.Results;

namespace Twin.Models.City;

/// <summary>
/// What the catalog knows of a region of a scenario: whether the scenario exists, the summaries of
/// the index tiles with content in the region, the result layers published for the scenario and,
/// when one was asked for, that layer. Enough to plan a tileset and to tag tile content. For a planned
/// scenario the tiles are its base's, and <see cref="Touched"/> names those its edits change.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.tile-directory")]
public sealed record TileDirectory(
    [property: Id(0)] bool ScenarioKnown,
    [property: Id(1)] ImmutableArray<TileSummary> Tiles,
    [property: Id(2)] ImmutableArray<ResultLayerInfo> Layers,
    [property: Id(3)] ResultLayerInfo? Layer,
    [property: Id(4)] long ScenarioVersion = 0,
    [property: Id(5)] ImmutableArray<TileAddress> Touched = default)
{
    public bool IsPlanned => ScenarioVersion > 0;

    /// <summary>The edit version when an edit of the scenario touches a tile here; 0 otherwise (the base's content as is).</summary>
    public long EditVersion => IsPlanned && !Touched.IsDefaultOrEmpty && Tiles.Any(t => Touched.Contains(t.Key.Address)) ? ScenarioVersion : 0;
}
