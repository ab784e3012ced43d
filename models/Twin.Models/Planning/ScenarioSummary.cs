using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Planning;

/// <summary>
/// What the city catalog knows of a scenario: name, version of its edit list, and the index tiles its
/// edits touch with the heights of what it adds there (so bounding volumes hold a planned tower).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.scenario-summary")]
public sealed record ScenarioSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] long Version,
    [property: Id(3)] ImmutableDictionary<TileAddress, HeightRange> Touched)
{
    public static ScenarioSummary Of(ScenarioDefinition scenario)
    {
        var heights = scenario.Tiles.ToDictionary(t => t, _ => HeightRange.Empty);
        foreach (var add in scenario.Edits.OfType<AddBuilding>())
        {
            var tile = TilingScheme.TileAt(add.Building.Anchor);
            heights[tile] = heights.GetValueOrDefault(tile, HeightRange.Empty).Union(HeightRange.Of([add.Building]));
        }

        return new ScenarioSummary(scenario.Id, scenario.Name, scenario.Version, heights.ToImmutableDictionary());
    }
}
