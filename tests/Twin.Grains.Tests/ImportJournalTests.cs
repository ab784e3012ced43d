using Twin.Grains.City;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.Tests;

/// <summary>
/// A silo that dies in the middle of an import, seen from the grains: the journal, the staged chunks and the
/// entity grains are left as the crash left them (their state read back from storage), and another silo's
/// <see cref="CityImports.RecoverAsync"/> then finishes what was committed and leaves alone what was not.
/// </summary>
public sealed class ImportJournalTests(CityClusterFixture cluster)
{
    private const string DeadSilo = "silo-killed";
    private const string Survivor = "silo-survivor";

    [Fact]
    public async Task RecoverAsync_CommittedButNotApplied_RolledForwardIntoGrainsTilesAndCatalog()
    {
        var area = TestArea.Next();
        var house = area.Building(area.Dataset + "-house", 100, 100);
        var tree = area.Tree(area.Dataset + "-tree", 130, 100);
        var street = area.Street(area.Dataset + "-street", (0, 90), (200, 90));
        var pending = await CommitAsync(area, "crashed-1", [TestArea.Set(house, tree), TestArea.Set(street)], begin: true);

        var recovered = await Imports(Survivor).RecoverAsync(area.Dataset, TestContext.Current.CancellationToken);

        Assert.Equal(Survivor, Assert.Single(recovered).Owner);
        Assert.Equal(house, await cluster.Grains.GetEntityGrain<Building>(house.Id).GetAsync());
        Assert.Equal(street, await cluster.Grains.GetEntityGrain<StreetSegment>(street.Id).GetAsync());
        Assert.Equal([house.Id, street.Id, tree.Id], (await QueryAsync(area, area.Box)).Select(e => e.Id).Order());
        var stats = await Stats(area);
        Assert.Equal((1, 1, 1), (stats.Counts.Buildings, stats.Counts.StreetSegments, stats.Counts.Trees));
        var record = Assert.Single(stats.RecentImports);
        Assert.Equal((pending.Source, 3, pending.Id), (record.Source, record.Created, record.Import));
        Assert.Empty(await Journal(area).GetPendingAsync());
        Assert.Equal(0, (await cluster.Grains.GetGrain<IImportChunkGrain>(PendingImport.ChunkKey(area.Dataset, pending.Id, 0)).GetAsync()).Count);
    }

    [Fact]
    public async Task RecoverAsync_CrashAfterOneEntityMoved_EveryEntityEndsInItsTileAndNowhereElse()
    {
        var area = TestArea.Next();
        var before = area.Building(area.Dataset + "-moving", 100, 100);
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(before), "survey 2025", cancellationToken: TestContext.Current.CancellationToken);
        var after = area.Building(before.Id, 3_100, 3_100, roof: 20);
        var tree = area.Tree(area.Dataset + "-new-tree", 60, 60);
        var pending = await CommitAsync(area, "crashed-2", [TestArea.Set(after, tree)], begin: true);
        // The dead silo had moved the building's grain (not its tiles) when it died.
        await cluster.Grains.GetEntityGrain<Building>(after.Id).UpsertFromImportAsync(after, pending.Id);
        await cluster.DeactivateAsync(cluster.Grains.GetEntityGrain<Building>(after.Id));

        await Imports(Survivor).RecoverAsync(area.Dataset, TestContext.Current.CancellationToken);

        Assert.NotEqual(TilingScheme.TileAt(before.Anchor), TilingScheme.TileAt(after.Anchor));
        Assert.DoesNotContain(await QueryAsync(area, before.Envelope), e => e.Id == before.Id);
        Assert.Equal(after, Assert.Single(await QueryAsync(area, after.Envelope)));
        Assert.Equal(tree, Assert.Single(await QueryAsync(area, tree.Envelope)));
        var stats = await Stats(area);
        Assert.Equal((1, 1), (stats.Counts.Buildings, stats.Counts.Trees));
        var record = stats.RecentImports[0];
        Assert.Equal((1, 1, pending.Id), (record.Created, record.Updated, record.Import));
    }

    [Fact]
    public async Task RecoverAsync_CrashAfterTheCatalogRecordBeforeComplete_ImportRecordedOnce()
    {
        var area = TestArea.Next();
        var set = TestArea.Set(area.Building(area.Dataset + "-b", 10, 10), area.Tree(area.Dataset + "-t", 40, 10));
        var pending = await CommitAsync(area, "crashed-3", [set], begin: true);
        // The dead silo applied everything, the catalog's record included, and died before completing the journal.
        var first = await cluster.Writer.WriteAsync(new CityWrite(area.Dataset, set, pending.Source) { Import = pending.Id }, cancellationToken: TestContext.Current.CancellationToken);

        await Imports(Survivor).RecoverAsync(area.Dataset, TestContext.Current.CancellationToken);

        var stats = await Stats(area);
        Assert.Equal(first.DatasetVersion, stats.DatasetVersion);
        Assert.Equal(pending.Id, Assert.Single(stats.RecentImports).Import);
        Assert.Equal(2, stats.Counts.Total);
        Assert.Empty(await Journal(area).GetPendingAsync());
    }

    [Fact]
    public async Task RecoverAsync_OwnerStillAlive_LeavesItsImportAlone()
    {
        var area = TestArea.Next();
        var house = area.Building(area.Dataset + "-house", 100, 100);
        await CommitAsync(area, "running", [TestArea.Set(house)], begin: true);

        var recovered = await Imports(Survivor, alive: DeadSilo).RecoverAsync(area.Dataset, TestContext.Current.CancellationToken);

        Assert.Empty(recovered);
        Assert.Equal(DeadSilo, Assert.Single(await Journal(area).GetPendingAsync()).Owner);
        Assert.Null(await cluster.Grains.GetEntityGrain<Building>(house.Id).GetAsync());
    }

    [Fact]
    public async Task StagedButNotCommitted_NothingVisibleAndTheSameImportCanRunAgain()
    {
        var area = TestArea.Next();
        var house = area.Building(area.Dataset + "-house", 100, 100);
        var tree = area.Tree(area.Dataset + "-tree", 130, 100);
        await CommitAsync(area, "staged-only", [TestArea.Set(house, tree)], begin: false);

        var recovered = await Imports(Survivor).RecoverAsync(area.Dataset, TestContext.Current.CancellationToken);

        Assert.Empty(recovered);
        Assert.Null(await cluster.Grains.GetEntityGrain<Building>(house.Id).GetAsync());
        Assert.Null(await cluster.Grains.GetEntityGrain<Tree>(tree.Id).GetAsync());
        Assert.Empty(await QueryAsync(area, area.Box));
        var stats = await Stats(area);
        Assert.Equal((0, 0L), (stats.Counts.Total, stats.DatasetVersion));
        Assert.Empty(stats.RecentImports);

        var again = await Imports(Survivor).ImportAsync(area.Dataset, "staged-only", TestArea.Set(house, tree), "retried", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, again!.Created);
        Assert.Equal(2, (await QueryAsync(area, area.Box)).Count);
        Assert.Null(await Imports(Survivor).ImportAsync(area.Dataset, "staged-only", TestArea.Set(house, tree), "retried twice", cancellationToken: TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// What a silo writes before it applies an import: the staged chunks, then (when <paramref name="begin"/>) the
    /// journal's commit record owned by the silo that then dies. Every grain is deactivated afterwards, so what
    /// follows reads the state back from storage as a restarted or surviving silo would.
    /// </summary>
    private async Task<PendingImport> CommitAsync(TestArea area, string id, CitySet[] chunks, bool begin)
    {
        var counts = CitySet.From(chunks.SelectMany(c => c.All())).Counts;
        var pending = new PendingImport(id, $"upload {id}.gpkg", chunks.Length, counts, DeadSilo, cluster.Time.GetUtcNow());
        for (var chunk = 0; chunk < chunks.Length; chunk++)
        {
            var grain = cluster.Grains.GetGrain<IImportChunkGrain>(PendingImport.ChunkKey(area.Dataset, id, chunk));
            await grain.StageAsync(chunks[chunk]);
            await cluster.DeactivateAsync(grain);
        }

        if (begin)
        {
            Assert.True(await Journal(area).BeginAsync(pending));
            await cluster.DeactivateAsync(Journal(area));
        }

        return pending;
    }

    private CityImports Imports(string self, params string[] alive) => new(cluster.Grains, cluster.Writer, new Owners(self, alive), cluster.Time);

    private IImportJournalGrain Journal(TestArea area) => cluster.Grains.GetGrain<IImportJournalGrain>(area.Dataset);

    private Task<CityStats> Stats(TestArea area) => cluster.Grains.GetGrain<ICityGrain>(area.Dataset).GetStatsAsync(TileKey.BaseScenario);

    private async Task<List<ICityEntity>> QueryAsync(TestArea area, RdEnvelope box)
    {
        var found = new List<ICityEntity>();
        await foreach (var set in cluster.Reader.QueryAsync(area.Dataset, TileKey.BaseScenario, box, EntityKinds.All, TestContext.Current.CancellationToken))
        {
            found.AddRange(set.All());
        }

        return found;
    }

    /// <summary>Silos as the journal sees them: this one, and the others still alive.</summary>
    private sealed class Owners(string self, string[] alive) : IImportOwners
    {
        public string Self => self;

        public bool IsAlive(string owner) => owner == self || alive.Contains(owner);
    }
}
