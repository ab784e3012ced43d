using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.City;

public sealed class CityCatalogTests
{
    [Fact]
    public void WithTiles_SummariesOfTwoScenarios_CountsEachSeparately()
    {
        var catalog = CityCatalog.Empty.WithTiles(
        [
            Summary(TileKey.BaseScenario, 1, new EntityCounts(10, 2, 0, 5, 1)),
            Summary(TileKey.BaseScenario, 2, new EntityCounts(3, 0, 1, 0, 0)),
            Summary("plan", 1, new EntityCounts(99, 0, 0, 0, 0)),
        ]);

        Assert.Equal(new EntityCounts(13, 2, 1, 5, 1), catalog.Counts(TileKey.BaseScenario));
        Assert.Equal(99, catalog.Counts("plan").Buildings);
    }

    [Fact]
    public void WithTiles_EmptyTile_LeavesDirectory()
    {
        var catalog = CityCatalog.Empty.WithTiles([Summary(TileKey.BaseScenario, 1, new EntityCounts(1, 0, 0, 0, 0))]);

        var emptied = catalog.WithTiles([Summary(TileKey.BaseScenario, 1, EntityCounts.Zero, version: 2)]);

        Assert.Empty(emptied.Tiles);
        Assert.True(emptied.Extent(TileKey.BaseScenario).IsEmpty);
    }

    [Fact]
    public void FindTiles_Box_ReturnsTilesWhoseContentIntersects()
    {
        var catalog = CityCatalog.Empty.WithTiles(
            [Summary(TileKey.BaseScenario, 1, new EntityCounts(1, 0, 0, 0, 0)), Summary(TileKey.BaseScenario, 5, new EntityCounts(1, 0, 0, 0, 0))]);

        var found = catalog.FindTiles(TileKey.BaseScenario, new RdEnvelope(0, 0, 1_500, 1_500));

        Assert.Equal(1, Assert.Single(found).Address.X);
    }

    [Fact]
    public void WithImport_KeepsOnlyRecentImportsAndBumpsVersion()
    {
        var catalog = CityCatalog.Empty;
        for (var i = 0; i < CityCatalog.RecentImportsKept + 5; i++)
        {
            catalog = catalog.WithImport(new ImportRecord($"file-{i}", DateTimeOffset.UnixEpoch, 1, 0, 0, 0, 0, 0));
        }

        Assert.Equal(CityCatalog.RecentImportsKept + 5, catalog.Version);
        Assert.Equal(CityCatalog.RecentImportsKept, catalog.RecentImports.Length);
        Assert.Equal(catalog.Version, catalog.RecentImports[0].DatasetVersion);
        Assert.Equal($"file-{CityCatalog.RecentImportsKept + 4}", catalog.RecentImports[0].Source);
    }

    private static TileSummary Summary(string scenario, int x, EntityCounts counts, long version = 1)
    {
        var key = new TileKey(scenario, new TileAddress(TilingScheme.IndexLevel, x, 1));
        var envelope = new RdEnvelope(x * 1_000, 0, (x * 1_000) + 100, 100);
        return new TileSummary(key, counts, envelope, version, new HeightRange(0, 10));
    }
}
