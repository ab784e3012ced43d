using Twin.Grains.City;
using Twin.Grains.Scenarios;
using Twin.Grains.Tiles;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Grains.Tests;

public sealed class ScenarioGrainTests(CityClusterFixture cluster)
{
    [Fact]
    public async Task CreateAsync_Twice_SecondReturnsNull()
    {
        var area = TestArea.Next();
        var scenario = Scenario(area, "plan");

        var first = await scenario.CreateAsync("Stationsplein", "Towers by the station");
        var second = await scenario.CreateAsync("Again", "");

        Assert.Equal("Stationsplein", first!.Name);
        Assert.Null(second);
        Assert.Equal(["plan"], (await cluster.Grains.GetGrain<ICityGrain>(area.Dataset).GetScenariosAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task EditAsync_OneUnknownSegment_RejectsTheWholeListAndKeepsNothing()
    {
        var area = TestArea.Next();
        var street = area.Street(area.Dataset + "-street", (0, 50), (200, 50));
        await WriteAsync(area, street);
        var scenario = Scenario(area, "closure");
        await scenario.CreateAsync("Closure", "");

        var result = await scenario.EditAsync([new ChangeStreet(street.Id, SpeedLimit: 30), new CloseStreet("no-such-segment")]);

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.EditIndex);
        Assert.Contains("no-such-segment", problem.Message, StringComparison.Ordinal);
        var stored = await scenario.GetAsync();
        Assert.Empty(stored!.Edits);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task EditAsync_Accepted_ChangesTagsOfTouchedTilesOnly()
    {
        var area = TestArea.Next();
        var near = area.Building(area.Dataset + "-near", 100, 100);
        var far = area.Building(area.Dataset + "-far", 3_000, 3_000);
        await WriteAsync(area, near, far);
        var scenario = Scenario(area, "towers");
        await scenario.CreateAsync("Towers", "");
        var touchedTile = Content(area, "towers", TilingScheme.TileAt(near.Anchor));
        var otherTile = Content(area, "towers", TilingScheme.TileAt(far.Anchor));
        var touchedBefore = await touchedTile.GetAsync(TileEncoding.Identity, null);
        var otherBefore = await otherTile.GetAsync(TileEncoding.Identity, null);

        var result = await scenario.EditAsync([new RemoveBuilding(near.Id), new AddBuilding(area.Building(area.Dataset + "-tower", 120, 120, roof: 90))]);

        Assert.True(result.Accepted, string.Join("; ", result.Problems));
        Assert.Equal([TilingScheme.TileAt(near.Anchor)], result.Scenario!.Tiles);
        Assert.Equal(TileResponseStatus.Ok, (await touchedTile.GetAsync(TileEncoding.Identity, touchedBefore.ETag)).Status);
        Assert.Equal(TileResponseStatus.NotModified, (await otherTile.GetAsync(TileEncoding.Identity, otherBefore.ETag)).Status);
        var directory = await cluster.Grains.GetGrain<ICityGrain>(area.Dataset).GetTileDirectoryAsync("towers", TilingScheme.TileAt(near.Anchor), null);
        Assert.Equal(90, directory.Tiles.Single().Heights.Max);
    }

    private IScenarioGrain Scenario(TestArea area, string id) =>
        cluster.Grains.GetGrain<IScenarioGrain>(new ScenarioKey(area.Dataset, id).ToString());

    private ITileContentGrain Content(TestArea area, string scenario, TileAddress address) =>
        cluster.Grains.GetGrain<ITileContentGrain>(new TileContentKey(area.Dataset, scenario, address, null).ToString());

    private async Task WriteAsync(TestArea area, params ICityEntity[] entities) =>
        await cluster.Writer.WriteAsync(area.Dataset, TestArea.Set(entities), "test", cancellationToken: TestContext.Current.CancellationToken);
}
