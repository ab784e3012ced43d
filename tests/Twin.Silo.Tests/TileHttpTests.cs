using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Grpc.Core;
using Twin.Api.V1;

using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>3D Tiles of the demo over HTTP and gRPC, as a viewer and a partner's client read them.</summary>
public sealed class TileHttpTests(DemoSiloFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tileset_Demo_IsTiles11WithContentUrisAndTag()
    {
        using var http = Http();

        using var response = await http.GetAsync("/tiles/base/tileset.json", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoCache);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("1.1", json.RootElement.GetProperty("asset").GetProperty("version").GetString());
        Assert.Equal("base", json.RootElement.GetProperty("extras").GetProperty("scenario").GetString());
        Assert.NotEmpty(TilesetJson.ContentUris(json.RootElement.GetProperty("root")));
    }

    [Fact]
    public async Task Tile_CurrentTag_304WithoutBody()
    {
        using var http = Http();
        var uri = await FirstContentUriAsync(http);
        using var first = await http.GetAsync("/tiles/base/" + uri, Cancel);
        var body = await first.Content.ReadAsByteArrayAsync(Cancel);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/tiles/base/" + uri);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await http.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("model/gltf-binary", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("glTF"u8.ToArray(), body[..4]);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Tile_AcceptEncoding_CompressedAndDecodable(string coding)
    {
        using var plainHttp = Http();
        var uri = await FirstContentUriAsync(plainHttp);
        var plain = await plainHttp.GetByteArrayAsync("/tiles/base/" + uri, Cancel);
        using var raw = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(fixture.Silo.HttpAddress) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tiles/base/" + uri);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));

        using var response = await raw.SendAsync(request, Cancel);
        var compressed = await response.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal([coding], response.Content.Headers.ContentEncoding);
        Assert.True(compressed.Length < plain.Length);
        using var decoding = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = new Uri(fixture.Silo.HttpAddress) };
        Assert.Equal(plain, await decoding.GetByteArrayAsync("/tiles/base/" + uri, Cancel));
    }

    [Fact]
    public async Task Tileset_OtherOrigin_CorsAllowsItAndExposesTag()
    {
        using var http = Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tiles/base/tileset.json");
        request.Headers.Add("Origin", "https://viewer.amersfoort.example");

        using var response = await http.SendAsync(request, Cancel);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/tiles/no-such-plan/tileset.json", "unknown scenario 'no-such-plan'")]
    [InlineData("/tiles/base/tileset.json?layer=nothing", "no result layer 'nothing'")]
    [InlineData("/tiles/base/10/0/0.glb", "holds no content")]
    [InlineData("/tiles/base/25/0/0.glb", "outside the tiling scheme")]
    [InlineData("/tiles/Base%20Plan/tileset.json", "is not a scenario id")]
    public async Task Tiles_UnknownOrInvalid_404NamingTheReason(string path, string reason)
    {
        using var http = Http();

        using var response = await http.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tiles/base/../../orleans.json")]
    [InlineData("/tiles/..%2F..%2Forleans.json/tileset.json")]
    [InlineData("/tiles/base/10/1/..%2F..%2F2.glb")]
    public async Task Tiles_PathTraversal_NeverServesAFile(string path)
    {
        using var http = Http();

        using var response = await http.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("ClusterId", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRegion_StationBox_TilesetThenTilesAndKnownTagsNotResent()
    {
        using var client = fixture.Connect();
        var box = new BoundingBox { MinX = 5.178, MinY = 52.224, MaxX = 5.185, MaxY = 52.228, Crs = Crs.Wgs84 };

        var first = await ReadAllAsync(client.Tiles.GetRegion(new TileRegionRequest { Box = box }, cancellationToken: Cancel));
        var request = new TileRegionRequest { Box = box };
        request.KnownEtags.Add(first.ToDictionary(p => p.Path, p => p.Etag));
        var second = await ReadAllAsync(client.Tiles.GetRegion(request, cancellationToken: Cancel));

        Assert.Equal("tileset.json", first[0].Path);
        Assert.True(first.Count > 1);
        Assert.All(first.Skip(1), p => Assert.Equal("glTF"u8.ToArray(), p.Content.Span[..4].ToArray()));
        Assert.All(second, p => Assert.True(p.NotModified && p.Content.IsEmpty));
        Assert.Equal(first.Select(p => p.Path), second.Select(p => p.Path));
    }

    [Fact]
    public async Task GetRegion_UnknownScenario_NotFound()
    {
        using var client = fixture.Connect();

        var error = await Assert.ThrowsAsync<RpcException>(() => ReadAllAsync(client.Tiles.GetRegion(new TileRegionRequest { Scenario = "no-such-plan" }, cancellationToken: Cancel)));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("no-such-plan", error.Status.Detail, StringComparison.Ordinal);
    }

    internal static async Task<List<TilePayload>> ReadAllAsync(AsyncServerStreamingCall<TilePayload> call)
    {
        using (call)
        {
            var payloads = new List<TilePayload>();
            await foreach (var payload in call.ResponseStream.ReadAllAsync(Cancel))
            {
                payloads.Add(payload);
            }

            return payloads;
        }
    }


    private HttpClient Http() => new() { BaseAddress = new Uri(fixture.Silo.HttpAddress) };

    private static async Task<string> FirstContentUriAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("/tiles/base/tileset.json", Cancel));
        return TilesetJson.ContentUris(json.RootElement.GetProperty("root")).Last();
    }
}
