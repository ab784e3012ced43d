using System.Net;
using System.Text;
using System.Text.Json;
using Twin.Models.Demo;
using Twin.Models.Geo;
using Twin.Models.Planning;

using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>The demo's example plan: listed beside today, and its tiles show the plan where it differs.</summary>
public sealed class ProposalTilesTests(DemoSiloFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scenarios_DemoSeeded_ListsTodayAndTheExamplePlan()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Silo.HttpAddress) };

        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/v1/scenarios", Cancel));

        var listed = json.RootElement.EnumerateArray().Select(s => (s.GetProperty("id").GetString(), s.GetProperty("name").GetString())).ToList();
        Assert.Equal((TileKey.BaseScenario, "Huidige situatie"), listed[0]);
        Assert.Contains((DemoProposal.Id, DemoProposal.Name), listed);
    }

    [Fact]
    public async Task PlanTile_WhereTheTowerStands_HoldsTheTowerAndNotTheBuildingsItReplaces()
    {
        var edits = DemoProposal.Edits(fixture.Demo);
        var tower = edits.OfType<AddBuilding>().First().Building;
        var replaced = edits.OfType<RemoveBuilding>().Select(r => r.BuildingId).ToList();
        var tile = TilingScheme.TileAt(tower.Anchor);
        var path = $"{tile.Level}/{tile.X}/{tile.Y}.glb";
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Silo.HttpAddress) };

        var plan = Encoding.UTF8.GetString(await http.GetByteArrayAsync($"/tiles/{DemoProposal.Id}/{path}", Cancel));
        var today = Encoding.UTF8.GetString(await http.GetByteArrayAsync($"/tiles/base/{path}", Cancel));
        using var planTileset = await http.GetAsync($"/tiles/{DemoProposal.Id}/tileset.json", Cancel);

        Assert.Contains(tower.Id, plan, StringComparison.Ordinal);
        Assert.DoesNotContain(tower.Id, today, StringComparison.Ordinal);
        var inThisTile = replaced.Where(id => today.Contains(id, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(inThisTile);
        Assert.All(inThisTile, id => Assert.DoesNotContain(id, plan, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, planTileset.StatusCode);
    }

    [Fact]
    public async Task Tilesets_AfterTheDemoRuns_OfferResultLayersAndLayeredTilesCarryThem()
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Silo.HttpAddress) };

        var today = await LayerIdsAsync(http, TileKey.BaseScenario);
        var plan = await LayerIdsAsync(http, DemoProposal.Id);
        using var tileset = JsonDocument.Parse(await http.GetStringAsync($"/tiles/{DemoProposal.Id}/tileset.json?layer=delta-flow", Cancel));
        var uris = TilesetJson.ContentUris(tileset.RootElement.GetProperty("root"));
        var station = TilingScheme.TileAt(DemoDistrict.StationRd);
        var uri = uris.Single(u => u.StartsWith($"{station.Level}/{station.X}/{station.Y}.glb", StringComparison.Ordinal));
        var glb = Encoding.UTF8.GetString(await http.GetByteArrayAsync($"/tiles/{DemoProposal.Id}/{uri}", Cancel));

        Assert.Equal(["no2", "sun-hours", "vc"], today);
        Assert.Equal(["delta-flow", "no2", "sun-hours", "sun-hours-change", "vc"], plan);
        Assert.EndsWith("?layer=delta-flow", uri, StringComparison.Ordinal);
        Assert.Contains("\"delta_flow\"", glb, StringComparison.Ordinal);
    }

    private static async Task<List<string>> LayerIdsAsync(HttpClient http, string scenario)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync($"/tiles/{scenario}/tileset.json", Cancel));
        return [.. json.RootElement.GetProperty("extras").GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("id").GetString()!)];
    }
}
