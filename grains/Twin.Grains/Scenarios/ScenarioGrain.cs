using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Twin.Grains.City;
using Twin.Models.Traffic;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Grains.Scenarios;

/// <summary>A planning scenario: base plus ordered edits, checked whole before any is kept, announced to the catalog.</summary>
public sealed class ScenarioGrain(
    [PersistentState("scenario", StorageNames.City)] IPersistentState<ScenarioDefinition?> state,
    [PersistentState("traffic", StorageNames.City)] IPersistentState<ScenarioTrafficResult?> traffic,
    [PersistentState("assessment", StorageNames.City)] IPersistentState<ScenarioAssessment?> assessmentState,
    TimeProvider time)
    : Grain, IScenarioGrain
{
    /// <summary>One edit list names at most this many edits (each may cost a lookup of its entity).</summary>
    public const int MaxEditsPerCall = 1_000;

    private ScenarioKey Key => ScenarioKey.Parse(this.GetPrimaryKeyString());

    public async Task<ScenarioDefinition?> CreateAsync(string name, string description, RdPolygon? planArea = null)
    {
        if (state.RecordExists)
        {
            return null;
        }

        state.State = ScenarioDefinition.Create(Key.Scenario, name, description, planArea);
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

    public async IAsyncEnumerable<ScenarioRunEvent> RunStreamAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Missing() is { } missing)
        {
            yield return missing;
            yield break;
        }

        var key = Key;
        if (key.Scenario != TileKey.BaseScenario && (await BaseGrain.GetTrafficAsync() is null || await BaseGrain.GetAssessmentAsync() is null))
        {
            // A plan is compared with today: run today first when it has no results yet.
            await foreach (var update in BaseGrain.RunStreamAsync(cancellationToken))
            {
                yield return update with { Scenario = TileKey.BaseScenario };
            }
        }

        var city = await SnapshotAsync(key.Dataset, EntityKinds.All);
        ScenarioTrafficResult? traffic = null;
        await foreach (var update in TrafficAsync(city, cancellationToken))
        {
            traffic = update.Outcome ?? traffic;
            if (update.Outcome is null)
            {
                yield return update;
            }
        }

        if (!traffic!.Succeeded)
        {
            yield return Finished(traffic, null);
            yield break;
        }

        var edits = Current?.Edits ?? [];
        var run = new ScenarioAssessor(key.Scenario, Current?.Version ?? 0, traffic.RanAt, city, edits, Current?.PlanArea);
        yield return Stage(ScenarioStage.AirQuality, "air quality: emissions and SRM1 street concentrations (NO2, PM10, PM2.5)");
        var airQuality = await Task.Run(() => run.AirQuality(traffic, cancellationToken), cancellationToken);
        var measurements = airQuality.Value is { } streets ? run.Measurements(streets, await ScenarioSensors.AirMeansAsync(GrainFactory, city, time.GetUtcNow())) : null;
        yield return Stage(ScenarioStage.Sun, run.PlanArea is null
            ? "sun hours: no plan area (today alone), skipped"
            : "sun hours per facade over the light TNO norm's period (19 February - 21 October), today and in the plan");
        var sun = await Task.Run(() => run.Sun(), cancellationToken);
        yield return Stage(ScenarioStage.Indicators, "planning indicators of the plan area");
        var indicators = await Task.Run(run.Indicators, cancellationToken);
        var assessment = run.Assessment(airQuality, measurements, sun, indicators);
        if (assessment.Succeeded)
        {
            await KeepTrafficAsync(traffic);
            assessmentState.State = assessment;
            await assessmentState.WriteStateAsync(CancellationToken.None);
            await ScenarioLayers.PublishAssessmentAsync(GrainFactory, Key, assessment);
        }

        yield return Finished(assessment.Succeeded ? traffic : traffic with { Problems = assessment.Problems }, assessment);
    }

    public Task<ScenarioAssessment?> GetAssessmentAsync() => Task.FromResult(assessmentState.RecordExists ? assessmentState.State : null);

    /// <summary>Runs the assignment off the grain's scheduler and streams its iterations; the last event carries the result (with observed flows), nothing is kept yet.</summary>
    private async IAsyncEnumerable<ScenarioRunEvent> TrafficAsync(CitySet city, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = Key;
        var edits = Current?.Edits ?? [];
        var version = Current?.Version ?? 0;
        var ranAt = time.GetUtcNow();
        var iterations = Channel.CreateUnbounded<AssignmentIteration>();
        // The assignment is plain CPU work: off the grain's scheduler, on the thread pool (both cores);
        // the lambda touches nothing of the activation.
        var run = Task.Run(
            () =>
            {
                try
                {
                    return ScenarioTraffic.Run(key.Scenario, version, ranAt, city, edits, progress: new DirectProgress(iterations.Writer), cancellationToken: cancellationToken);
                }
                finally
                {
                    iterations.Writer.TryComplete();
                }
            },
            cancellationToken);
        await foreach (var iteration in iterations.Reader.ReadAllAsync(cancellationToken))
        {
            yield return new ScenarioRunEvent(iteration.Iteration, iteration.RelativeGap, iteration.TotalTravelTime, null, Scenario: key.Scenario);
        }

        var result = await run;
        if (result.Succeeded)
        {
            result = result.WithObserved(await ScenarioSensors.ObservedFlowsAsync(GrainFactory, city));
        }

        yield return new ScenarioRunEvent(result.RelativeGaps.Length, result.RelativeGap, 0, result, Scenario: key.Scenario);
    }

    private async Task KeepTrafficAsync(ScenarioTrafficResult result)
    {
        traffic.State = result;
        await traffic.WriteStateAsync(CancellationToken.None); // a finished run is kept even if its caller left
        await ScenarioLayers.PublishTrafficAsync(GrainFactory, Key, result);
    }

    private ScenarioRunEvent? Missing() =>
        Key.Scenario != TileKey.BaseScenario && Current is null
            ? new ScenarioRunEvent(0, double.PositiveInfinity, 0, Failed(Key, $"scenario '{Key.Scenario}' does not exist: create it first"), ScenarioStage.Finished, Scenario: Key.Scenario)
            : null;

    private ScenarioRunEvent Stage(ScenarioStage stage, string message) => new(0, 0, 0, null, stage, message, Key.Scenario);

    private ScenarioRunEvent Finished(ScenarioTrafficResult result, ScenarioAssessment? assessment) =>
        new(result.RelativeGaps.Length, result.RelativeGap, 0, result with { Segments = [] }, ScenarioStage.Finished, null, Key.Scenario, assessment);

    private IScenarioGrain BaseGrain => GrainFactory.GetGrain<IScenarioGrain>(new ScenarioKey(Key.Dataset, TileKey.BaseScenario).ToString());

    private ScenarioTrafficResult Failed(ScenarioKey key, string problem) =>
        new(key.Scenario, 0, time.GetUtcNow(), false, [], 0, 0, 0, [], [problem]);

    /// <summary>Reports on the reporting thread (Progress&lt;T&gt; would post to a captured context).</summary>
    private sealed class DirectProgress(ChannelWriter<AssignmentIteration> writer) : IProgress<AssignmentIteration>
    {
        public void Report(AssignmentIteration value) => writer.TryWrite(value);
    }

    public Task<ScenarioTrafficResult?> GetTrafficAsync() => Task.FromResult(traffic.RecordExists ? traffic.State : null);

    private async Task<CitySet> SnapshotAsync(string dataset, EntityKinds kinds)
    {
        var stats = await GrainFactory.GetGrain<ICityGrain>(dataset).GetStatsAsync(TileKey.BaseScenario);
        var parts = new List<ICityEntity>();
        await foreach (var part in new CityReader(GrainFactory).QueryAsync(dataset, TileKey.BaseScenario, stats.Extent, kinds))
        {
            parts.AddRange(part.All());
        }

        return CitySet.From(parts.DistinctBy(EntityKey.Of));
    }

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
