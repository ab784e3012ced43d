using Twin.Api.V1;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>An edit reaches viewers: new tags on exactly the tiles that hold the edited building, and a change event.</summary>
public sealed class TileChangeTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_OneBuildingChanged_NewTagsOnlyWhereItIsAndAnEventNamingThem()
    {
        using var folder = new TemporaryFolder();
        using var client = fixture.Connect();
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Silo.HttpAddress) };
        await client.ImportFileAsync(folder.Write("before.geojson", TwoBuildings(roof: 15)), new ImportHeader(), cancellationToken: Cancel);
        var edited = "10/310/390.glb"; // RD (58,720; 399,700) lies in 512 m tile (310, 390); the other building 4 km east.
        var other = "10/317/390.glb";
        var before = await TagsAsync(http, edited, other);
        using var subscription = client.Tiles.Subscribe(new TileSubscription(), cancellationToken: Cancel);
        Assert.True(await subscription.ResponseStream.MoveNext(Cancel));
        Assert.Empty(subscription.ResponseStream.Current.Paths); // the first event confirms the subscription

        await client.ImportFileAsync(folder.Write("after.geojson", TwoBuildings(roof: 27)), new ImportHeader(), cancellationToken: Cancel);

        Assert.True(await subscription.ResponseStream.MoveNext(Cancel));
        var change = subscription.ResponseStream.Current;
        var after = await TagsAsync(http, edited, other);
        Assert.Contains(edited, change.Paths);
        Assert.DoesNotContain(other, change.Paths);
        Assert.False(change.ReloadAll);
        Assert.NotEqual(before.Edited, after.Edited);
        Assert.Equal(before.Other, after.Other);
        Assert.NotEqual(before.Tileset, after.Tileset);
    }

    private static async Task<(string Tileset, string Edited, string Other)> TagsAsync(HttpClient http, string edited, string other)
    {
        async Task<string> TagAsync(string path)
        {
            using var response = await http.GetAsync("/tiles/base/" + path, Cancel);
            response.EnsureSuccessStatusCode();
            return response.Headers.ETag!.Tag;
        }

        return (await TagAsync("tileset.json"), await TagAsync(edited), await TagAsync(other));
    }

    private static string TwoBuildings(double roof) => $$$"""
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[
          {"type":"Feature","properties":{"id":"tiles-edited","groundLevel":3.0,"roofHeight":{{{roof}}},"storeys":4,"use":"woonfunctie","dwellings":8},
           "geometry":{"type":"Polygon","coordinates":[[[58720,399700],[58740,399700],[58740,399715],[58720,399715],[58720,399700]]]}},
          {"type":"Feature","properties":{"id":"tiles-other","groundLevel":3.0,"roofHeight":12.0,"storeys":3,"use":"kantoorfunctie","dwellings":0},
           "geometry":{"type":"Polygon","coordinates":[[[62800,399700],[62820,399700],[62820,399715],[62800,399715],[62800,399700]]]}}
        ]}
        """;
}
