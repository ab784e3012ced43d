using System.Collections.Immutable;
using Twin.Models.Geo;

namespace Twin.Models.Planning;

/// <summary>
/// A scenario: its id and name, what it is for, the scenario it starts from, and its ordered edits.
/// <see cref="Version"/> grows with every accepted edit list; <see cref="Tiles"/> are the index tiles
/// the edits touch (where the scenario's 3D city differs from its base). <see cref="PlanArea"/> is where
/// its planning indicators and sun hours are worked out (null: around what the edits touch).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.scenario-definition")]
public sealed record ScenarioDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Description,
    [property: Id(3)] string Base,
    [property: Id(4)] ImmutableArray<ScenarioEdit> Edits,
    [property: Id(5)] long Version,
    [property: Id(6)] ImmutableArray<TileAddress> Tiles,
    [property: Id(7)] RdPolygon? PlanArea = null)
{
    public static ScenarioDefinition Create(string id, string name, string description, RdPolygon? planArea = null) =>
        new(id, name, description, TileKey.BaseScenario, [], 1, [], planArea);

    public ScenarioDefinition WithEdits(IEnumerable<ScenarioEdit> edits, IEnumerable<TileAddress> touched) =>
        this with
        {
            Edits = Edits.AddRange(edits),
            Version = Version + 1,
            Tiles = [.. Tiles.Concat(touched).Distinct().OrderBy(t => t.Y).ThenBy(t => t.X)],
        };
}
