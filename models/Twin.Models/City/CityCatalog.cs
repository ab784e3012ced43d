using System.Collections.Immutable;
using Twin.Models.Geo;
using Twin.Models.Planning;
using Twin.Models.Results;

namespace Twin.Models.City;

/// <summary>
/// The catalog of a dataset: the directory of non-empty tiles per scenario (counts and content
/// boxes), the dataset version and the most recent imports. Counts and extent are derived from
/// the directory, so they cannot drift from it.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.city.city-catalog")]
public sealed record CityCatalog(
    [property: Id(0)] ImmutableDictionary<TileKey, TileSummary> Tiles,
    [property: Id(1)] long Version,
    [property: Id(2)] ImmutableArray<ImportRecord> RecentImports,
    [property: Id(3)] ImmutableDictionary<string, ResultLayerInfo> Layers,
    [property: Id(4)] ImmutableDictionary<string, ScenarioSummary> Planned)
{
    public const int RecentImportsKept = 20;

    public CityCatalog()
        : this(ImmutableDictionary<TileKey, TileSummary>.Empty, 0, [], ImmutableDictionary<string, ResultLayerInfo>.Empty, ImmutableDictionary<string, ScenarioSummary>.Empty)
    {
    }

    public static CityCatalog Empty { get; } = new();

    public IEnumerable<TileSummary> TilesOf(string scenario) => Tiles.Values.Where(t => t.Key.Scenario == scenario);

    public EntityCounts Counts(string scenario) => TilesOf(scenario).Aggregate(EntityCounts.Zero, (sum, tile) => sum.Plus(tile.Counts));

    public RdEnvelope Extent(string scenario) => TilesOf(scenario).Aggregate(RdEnvelope.Empty, (sum, tile) => sum.Union(tile.Envelope));

    /// <summary>The tiles of a scenario whose content box intersects a box, in a stable order.</summary>
    public ImmutableArray<TileKey> FindTiles(string scenario, RdEnvelope box) =>
        [.. TilesOf(scenario).Where(t => t.Envelope.Intersects(box)).Select(t => t.Key).OrderBy(k => k.Address.Y).ThenBy(k => k.Address.X)];

    /// <summary>Takes in new tile summaries; empty tiles leave the directory.</summary>
    public CityCatalog WithTiles(IEnumerable<TileSummary> summaries)
    {
        var tiles = Tiles.ToBuilder();
        foreach (var summary in summaries)
        {
            if (summary.Counts.Total == 0)
            {
                tiles.Remove(summary.Key);
            }
            else if (!tiles.TryGetValue(summary.Key, out var known) || known.Version <= summary.Version)
            {
                tiles[summary.Key] = summary;
            }
        }

        return this with { Tiles = tiles.ToImmutable() };
    }

    /// <summary>The baseline and the planned scenarios, by id.</summary>
    public ImmutableArray<string> Scenarios =>
        [.. Planned.Keys.Append(TileKey.BaseScenario).Distinct().Order(StringComparer.Ordinal)];

    public bool Knows(string scenario) => scenario == TileKey.BaseScenario || Planned.ContainsKey(scenario);

    public CityCatalog WithScenario(ScenarioSummary scenario) => this with { Planned = Planned.SetItem(scenario.Id, scenario) };

    public ImmutableArray<ResultLayerInfo> LayersOf(string scenario) =>
        [.. Layers.Where(l => l.Key.StartsWith(scenario + "/", StringComparison.Ordinal)).Select(l => l.Value).OrderBy(l => l.Id, StringComparer.Ordinal)];

    /// <summary>The index tiles of a scenario beneath an address (all of them when no address), its layers and the one asked for.</summary>
    public TileDirectory Directory(string scenario, TileAddress? under, string? layer)
    {
        var found = layer is null ? null : Layers.GetValueOrDefault(scenario + "/" + layer);
        if (Planned.TryGetValue(scenario, out var planned))
        {
            // A planned scenario is its base's tiles; where its edits add something, heights grow to hold it.
            var based = TilesOf(TileKey.BaseScenario).Where(t => under is not { } at || ContentTag.Holds(at, t.Key))
                .Select(t => planned.Touched.TryGetValue(t.Key.Address, out var added) && !added.IsEmpty ? t with { Heights = t.Heights.Union(added) } : t);
            return new TileDirectory(true, [.. based], LayersOf(scenario), found, planned.Version, [.. planned.Touched.Keys]);
        }

        var tiles = TilesOf(scenario).Where(t => under is not { } address || ContentTag.Holds(address, t.Key));
        return new TileDirectory(Knows(scenario), [.. tiles], LayersOf(scenario), found);
    }

    /// <summary>Publishes (or replaces) a result layer of a scenario; its version grows past any earlier one.</summary>
    public CityCatalog WithLayer(string scenario, ResultLayerInfo layer, out ResultLayerInfo published)
    {
        var key = scenario + "/" + layer.Id;
        var version = Math.Max(layer.Version, Layers.TryGetValue(key, out var known) ? known.Version + 1 : 1);
        published = layer with { Version = version };
        return this with { Layers = Layers.SetItem(key, published) };
    }

    /// <summary>Records an import that changed the dataset and bumps the dataset version.</summary>
    public CityCatalog WithImport(ImportRecord import)
    {
        var version = Version + 1;
        var recent = RecentImports.Insert(0, import with { DatasetVersion = version });
        return this with { Version = version, RecentImports = recent.Length > RecentImportsKept ? recent[..RecentImportsKept] : recent };
    }
}
