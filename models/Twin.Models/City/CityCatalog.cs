using System.Collections.Immutable;
using Twin.Models.Geo;

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
    [property: Id(2)] ImmutableArray<ImportRecord> RecentImports)
{
    public const int RecentImportsKept = 20;

    public CityCatalog()
        : this(ImmutableDictionary<TileKey, TileSummary>.Empty, 0, [])
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

    /// <summary>Records an import that changed the dataset and bumps the dataset version.</summary>
    public CityCatalog WithImport(ImportRecord import)
    {
        var version = Version + 1;
        var recent = RecentImports.Insert(0, import with { DatasetVersion = version });
        return this with { Version = version, RecentImports = recent.Length > RecentImportsKept ? recent[..RecentImportsKept] : recent };
    }
}
