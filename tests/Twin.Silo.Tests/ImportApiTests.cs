using System.Text.Json.Nodes;
using Google.Protobuf;
using Grpc.Core;
using Twin.Api.V1;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>Streaming imports into a running silo that started empty, through the .NET client.</summary>
public sealed class ImportApiTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_DelftCityJson_AddsItsBuildingsAndSaysWhatItSkipped()
    {
        var delft = SharedData.File("cityjson/cjio_delft_3dfier_bgt_ahn.city.json");
        using var client = fixture.Connect();

        var first = await client.ImportFileAsync(delft, new ImportHeader(), cancellationToken: Cancel);
        var second = await client.ImportFileAsync(delft, new ImportHeader(), cancellationToken: Cancel);

        Assert.Equal(160, first.Read.Buildings);
        Assert.Equal(160, first.Created + first.Updated + first.Unchanged);
        Assert.Equal(first.FeatureCount - 160, first.Rejections.Count);
        Assert.All(first.Rejections, r => Assert.Equal(RejectionReason.UnsupportedType, r.Reason));
        Assert.Equal(0, second.Created + second.Updated);
        Assert.Equal(160, second.Unchanged);
        Assert.Equal(first.DatasetVersion, second.DatasetVersion);
        var building = await client.City.GetEntityAsync(new GetEntityRequest { Kind = EntityKind.Building, Id = "NL.IMBAG.Pand.0503100000000035" }, cancellationToken: Cancel);
        Assert.True(building.Building.RoofHeight > building.Building.GroundLevel);
    }

    [Fact]
    public async Task Import_3dBagWithABadLod2Face_WarnsAboutTheFaceAndTheSecondImportChangesNothing()
    {
        // The committed 3D BAG sample with one degenerate face (two distinct corners) added to the first LoD 2.2 solid.
        var lines = File.ReadAllLines(SharedData.RepositoryFile("tests/Twin.Models.Tests/Fixtures/3dbag_delft_small.city.jsonl"));
        var feature = JsonNode.Parse(lines[1])!;
        var solid = feature["CityObjects"]!.AsObject().Select(o => o.Value!).Where(o => (string?)o["type"] == "BuildingPart")
            .SelectMany(o => o["geometry"]!.AsArray()).First(g => (string?)g!["lod"] == "2.2")!;
        solid["boundaries"]![0]!.AsArray().Add(new JsonArray(new JsonArray(0, 1, 0)));
        solid["semantics"]!["values"]![0]!.AsArray().Add(0);
        lines[1] = feature.ToJsonString();
        using var folder = new TemporaryFolder();
        var path = folder.Write("bag-lod2.city.jsonl", string.Join('\n', lines));
        using var client = fixture.Connect();

        var first = await client.ImportFileAsync(path, new ImportHeader(), cancellationToken: Cancel);
        var second = await client.ImportFileAsync(path, new ImportHeader(), cancellationToken: Cancel);

        Assert.Equal(3, first.Read.Buildings);
        Assert.Empty(first.Rejections);
        var warning = Assert.Single(first.Warnings);
        Assert.Equal((string?)feature["id"], warning.FeatureId);
        Assert.Contains("degenerate", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, second.Unchanged);
        Assert.Equal(first.DatasetVersion, second.DatasetVersion);
    }

    [Fact]
    public async Task Import_GeoJsonWithOneBadFeature_ImportsTheRestAndStoresNothingOfTheBadOne()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("mixed.geojson", """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[
              {"type":"Feature","properties":{"id":"import-good","groundLevel":3.0,"roofHeight":15.0,"storeys":4,"use":"woonfunctie","dwellings":8},
               "geometry":{"type":"Polygon","coordinates":[[[60000,400000],[60010,400000],[60010,400010],[60000,400010],[60000,400000]]]}},
              {"type":"Feature","properties":{"id":"import-bowtie","groundLevel":3.0,"roofHeight":15.0,"storeys":4},
               "geometry":{"type":"Polygon","coordinates":[[[60100,400000],[60110,400010],[60110,400000],[60100,400010],[60100,400000]]]}}
            ]}
            """);
        using var client = fixture.Connect();

        var summary = await client.ImportFileAsync(path, new ImportHeader(), cancellationToken: Cancel);

        Assert.Equal(1, summary.Created);
        var rejection = Assert.Single(summary.Rejections);
        Assert.Equal(1, rejection.FeatureIndex);
        Assert.Equal(RejectionReason.InvalidGeometry, rejection.Reason);
        var missing = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.City.GetEntityAsync(new GetEntityRequest { Kind = EntityKind.Building, Id = "import-bowtie" }, cancellationToken: Cancel));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Import_MalformedJson_InvalidArgumentAndNothingChanges()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("broken.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",");
        using var client = fixture.Connect();
        var before = await client.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ImportFileAsync(path, new ImportHeader(), cancellationToken: Cancel));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("broken.geojson", error.Status.Detail, StringComparison.Ordinal);
        var after = await client.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
        Assert.Equal(before.DatasetVersion, after.DatasetVersion);
    }

    [Fact]
    public async Task Import_OverTheUploadLimit_ResourceExhaustedNamingTheLimit()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("large.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}" + new string(' ', (int)EmptySiloFixture.UploadLimit + 10));
        using var client = fixture.Connect();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ImportFileAsync(path, new ImportHeader(), cancellationToken: Cancel));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains(EmptySiloFixture.UploadLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape.geojson")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/dir.geojson")]
    public async Task Import_FileNameWithPath_InvalidArgument(string name)
    {
        using var client = fixture.Connect();
        using var call = client.City.Import(cancellationToken: Cancel);

        await call.RequestStream.WriteAsync(new ImportRequest { Header = new ImportHeader { FileName = name } }, Cancel);
        await SafeWriteAsync(call.RequestStream, new ImportRequest { Chunk = new ImportChunk { FileName = name, Data = ByteString.CopyFromUtf8("{}") } });
        await SafeCompleteAsync(call.RequestStream);
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var message in call.ResponseStream.ReadAllAsync(Cancel))
            {
                Assert.NotEqual(ImportEvent.EventOneofCase.Summary, message.EventCase);
            }
        });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("plain file name", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ChunkBeforeHeader_InvalidArgument()
    {
        using var client = fixture.Connect();
        using var call = client.City.Import(cancellationToken: Cancel);

        await call.RequestStream.WriteAsync(new ImportRequest { Chunk = new ImportChunk { FileName = "a.geojson", Data = ByteString.CopyFromUtf8("{}") } }, Cancel);
        await SafeCompleteAsync(call.RequestStream);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseStream.ReadAllAsync(Cancel).ToListAsync(Cancel));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("ImportHeader", error.Status.Detail, StringComparison.Ordinal);
    }

    private static async Task SafeWriteAsync(IClientStreamWriter<ImportRequest> writer, ImportRequest request)
    {
        try
        {
            await writer.WriteAsync(request, Cancel);
        }
        catch (RpcException)
        {
            // The server may already have ended the call; the response stream says why.
        }
        catch (InvalidOperationException)
        {
            // Same: the call is over.
        }
    }

    private static async Task SafeCompleteAsync(IClientStreamWriter<ImportRequest> writer)
    {
        try
        {
            await writer.CompleteAsync();
        }
        catch (RpcException)
        {
            // See SafeWriteAsync.
        }
        catch (InvalidOperationException)
        {
            // See SafeWriteAsync.
        }
    }
}
