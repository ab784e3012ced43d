using System.Collections.Immutable;
using Twin.Grains.City;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Grains.Scenarios;

/// <summary>A planning scenario: base plus ordered edits, checked whole before any is kept, announced to the catalog.</summary>
public sealed class ScenarioGrain([PersistentState("scenario", StorageNames.City)] IPersistentState<ScenarioDefinition?> state)
    : Grain, IScenarioGrain
{
    /// <summary>One edit list names at most this many edits (each may cost a lookup of its entity).</summary>
    public const int MaxEditsPerCall = 1_000;

    private ScenarioKey Key => ScenarioKey.Parse(this.GetPrimaryKeyString());

    public async Task<ScenarioDefinition?> CreateAsync(string name, string description)
    {
        if (state.RecordExists)
        {
            return null;
        }

        state.State = ScenarioDefinition.Create(Key.Scenario, name, description);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ICityGrain>(Key.Dataset).RegisterScenarioAsync(ScenarioSummary.Of(state.State));
        return state.State;
    }

    public async Task<ScenarioEditResult> EditAsync(ImmutableArray<ScenarioEdit> edits)
    {
        if (Current is not { } scenario)
        {
            return Rejected(0, $"scenario '{Key.Scenario}' does not exist: create it first");
        }

        if (edits.IsDefaultOrEmpty || edits.Length > MaxEditsPerCall)
        {
            return Rejected(0, $"an edit list holds 1 to {MaxEditsPerCall} edits, not {(edits.IsDefault ? 0 : edits.Length)}");
        }

        var known = await ScenarioEntitiesAsync(scenario, edits);
        var problems = ScenarioValidation.Validate(edits, key => known.ContainsKey(key));
        var cityTiles = (await GrainFactory.GetGrain<ICityGrain>(Key.Dataset).GetTileDirectoryAsync(TileKey.BaseScenario, null, null)).Tiles
            .Select(t => t.Key.Address).ToHashSet();
        problems = problems.AddRange(edits.Select((edit, index) => (edit, index))
            .Where(e => e.edit is AddBuilding add && !cityTiles.Contains(TilingScheme.TileAt(add.Building.Anchor)))
            .Select(e => new ScenarioEditProblem(e.index, $"building {((AddBuilding)e.edit).Building.Id} lies outside the city's tiles")));
        if (!problems.IsEmpty)
        {
            return new ScenarioEditResult(false, [.. problems.OrderBy(p => p.EditIndex)], scenario);
        }

        var touched = edits.SelectMany(edit => Touches(edit, known)).Distinct();
        state.State = scenario.WithEdits(edits, touched);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ICityGrain>(Key.Dataset).RegisterScenarioAsync(ScenarioSummary.Of(state.State));
        return new ScenarioEditResult(true, [], state.State);
    }

    public Task<ScenarioDefinition?> GetAsync() => Task.FromResult(Current);

    // Orleans fills the state with an empty instance until a record is written: only a written record is a scenario.
    private ScenarioDefinition? Current => state.RecordExists ? state.State : null;

    private static IEnumerable<TileAddress> Touches(ScenarioEdit edit, Dictionary<EntityKey, ICityEntity> known) => edit switch
    {
        AddBuilding add => [TilingScheme.TileAt(add.Building.Anchor)],
        _ when edit.Target is { } target && known.TryGetValue(target, out var entity) => [TilingScheme.TileAt(entity.Anchor)],
        _ => [],
    };

    /// <summary>The entities the edits name, as they stand in the scenario before the edits: base entities, earlier edits applied.</summary>
    private async Task<Dictionary<EntityKey, ICityEntity>> ScenarioEntitiesAsync(ScenarioDefinition scenario, ImmutableArray<ScenarioEdit> edits)
    {
        var keys = edits.Select(e => e.Target ?? (e is AddBuilding add ? EntityKey.Of(add.Building) : (EntityKey?)null))
            .OfType<EntityKey>().Distinct().ToList();
        var found = await Task.WhenAll(keys.Select(key => GrainFactory.GetEntityAsync(key.Kind, key.Id)));
        var baseSet = CitySet.From(found.OfType<ICityEntity>());
        return ScenarioOverlay.Apply(baseSet, scenario.Edits).All().ToDictionary(EntityKey.Of);
    }

    private static ScenarioEditResult Rejected(int index, string message) => new(false, [new ScenarioEditProblem(index, message)], null);
}
