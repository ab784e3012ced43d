using System.Collections.Immutable;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Grains.Scenarios;

/// <summary>
/// A planning scenario of a dataset, keyed <see cref="ScenarioKey"/>: its base, its ordered edits and
/// (with the traffic model) its runs and results. The base city is never changed by it.
/// </summary>
[Alias("twin.scenarios.IScenarioGrain")]
public interface IScenarioGrain : IGrainWithStringKey
{
    /// <summary>Creates the scenario (its plan area in RD New, or null for around its edits); null when it already exists.</summary>
    [Alias("create")]
    Task<ScenarioDefinition?> CreateAsync(string name, string description, RdPolygon? planArea = null);

    /// <summary>Appends edits when every one of them is valid; otherwise changes nothing.</summary>
    [Alias("edit")]
    Task<ScenarioEditResult> EditAsync(ImmutableArray<ScenarioEdit> edits);

    /// <summary>
    /// The whole chain on the scenario as it stands: traffic, then (on the traffic results) air quality,
    /// sun hours and the planning indicators, streaming progress. Runs today ("base") first when a plan is
    /// run and today has no results. Results are kept only when every stage succeeded; a failed run keeps
    /// the previous results and its last event names the cause. The results become tile result layers:
    /// "vc", "no2", "sun-hours" and, for a plan against today, "delta-flow" and "sun-hours-change".
    /// </summary>
    [Alias("run-stream")]
    IAsyncEnumerable<ScenarioRunEvent> RunStreamAsync(CancellationToken cancellationToken = default);

    /// <summary>What the last full run worked out beyond traffic, or null.</summary>
    [Alias("assessment"), Orleans.Concurrency.ReadOnly]
    Task<ScenarioAssessment?> GetAssessmentAsync();

    /// <summary>The last traffic run, or null.</summary>
    [Alias("traffic"), Orleans.Concurrency.ReadOnly]
    Task<ScenarioTrafficResult?> GetTrafficAsync();

    /// <summary>The scenario, or null when it was never created.</summary>
    [Alias("get"), Orleans.Concurrency.ReadOnly]
    Task<ScenarioDefinition?> GetAsync();
}
