using Grpc.Core;
using Grpc.Health.V1;
using Twin.Api.V1;
using Twin.Models.Geo;
using ModelKinds = Twin.Models.City.EntityKinds;

namespace Twin.Silo.Tests;

/// <summary>The twin.v1 city API of a running silo with the demo, through the generated .NET client.</summary>
public sealed class CityApiTests(DemoSiloFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetStats_DemoSeeded_CountsEqualWhatTheGeneratorMade()
    {
        using var client = fixture.Connect();

        var stats = await client.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);

        var demo = fixture.Demo.Counts;
        Assert.Equal(demo.Buildings, stats.Counts.Buildings);
        Assert.Equal(demo.StreetSegments, stats.Counts.StreetSegments);
        Assert.Equal(demo.Sensors, stats.Counts.Sensors);
        Assert.Equal(demo.Trees, stats.Counts.Trees);
        Assert.Equal(demo.UtilityLines, stats.Counts.UtilityLines);
        Assert.False(stats.Loading);
        Assert.Equal(1, stats.DatasetVersion);
        var envelope = fixture.Demo.Envelope;
        Assert.Equal(envelope.MinX, stats.Extent.MinX, 3);
        Assert.Equal(envelope.MaxY, stats.Extent.MaxY, 3);
    }

    [Fact]
    public async Task GetStats_Wgs84_ExtentAroundHilversumStation()
    {
        using var client = fixture.Connect();

        var stats = await client.City.GetStatsAsync(new GetStatsRequest { Crs = Crs.Wgs84 }, cancellationToken: Cancel);

        Assert.Equal(Crs.Wgs84, stats.Extent.Crs);
        Assert.InRange(52.2262, stats.Extent.MinY, stats.Extent.MaxY);
        Assert.InRange(5.1816, stats.Extent.MinX, stats.Extent.MaxX);
    }

    [Fact]
    public async Task GetEntity_DemoBuilding_ReturnsItsAttributesAndFootprint()
    {
        var expected = fixture.Demo.Buildings[fixture.Demo.Buildings.Length / 2];
        using var client = fixture.Connect();

        var entity = await client.City.GetEntityAsync(new GetEntityRequest { Kind = EntityKind.Building, Id = expected.Id }, cancellationToken: Cancel);

        var building = entity.Building;
        Assert.Equal(expected.Id, building.Id);
        Assert.Equal(expected.RoofHeight, building.RoofHeight);
        Assert.Equal(expected.GroundLevel, building.GroundLevel);
        Assert.Equal((int)expected.Use, (int)building.Use);
        Assert.Equal(expected.Footprint.Shell.Points.Select(p => (p.X, p.Y)), building.Footprint.Shell.Points.Select(p => (p.X, p.Y)));
    }

    [Fact]
    public async Task GetEntity_Wgs84_ConvertsTheLocation()
    {
        var tree = fixture.Demo.Trees[0];
        using var client = fixture.Connect();

        var entity = await client.City.GetEntityAsync(new GetEntityRequest { Kind = EntityKind.Tree, Id = tree.Id, Crs = Crs.Wgs84 }, cancellationToken: Cancel);

        var back = RdNew.FromWgs84(new GeoPoint(entity.Tree.Location.Y, entity.Tree.Location.X));
        Assert.True(back.DistanceTo(tree.Location) < 0.001, $"{back} is not {tree.Location}");
    }

    [Fact]
    public async Task GetEntity_UnknownId_NotFoundNamingTheId()
    {
        using var client = fixture.Connect();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.City.GetEntityAsync(new GetEntityRequest { Kind = EntityKind.Building, Id = "NL.IMBAG.Pand.0000000000000000" }, cancellationToken: Cancel));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Contains("NL.IMBAG.Pand.0000000000000000", error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EntityKind.Unspecified, "x", "kind")]
    [InlineData(EntityKind.Tree, "", "id")]
    public async Task GetEntity_BadRequest_InvalidArgumentNamingTheField(EntityKind kind, string id, string field)
    {
        using var client = fixture.Connect();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.City.GetEntityAsync(new GetEntityRequest { Kind = kind, Id = id }, cancellationToken: Cancel));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith(field, error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryArea_BoxAroundStation_ReturnsExactlyTheEntitiesWhoseBoxIntersects()
    {
        var box = new RdEnvelope(140_700, 470_700, 141_200, 471_100);
        var expected = fixture.Demo.Within(box, ModelKinds.Building | ModelKinds.Tree).All().Select(e => e.Id).Order().ToList();
        using var client = fixture.Connect();

        var request = new QueryAreaRequest { Box = Box(box) };
        request.Kinds.Add(EntityKind.Building);
        request.Kinds.Add(EntityKind.Tree);
        var found = new List<string>();
        await foreach (var entity in client.QueryAreaAsync(request, Cancel))
        {
            found.Add(entity.EntityCase == Entity.EntityOneofCase.Building ? entity.Building.Id : entity.Tree.Id);
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Order());
    }

    [Fact]
    public async Task QueryArea_Wgs84BoxAndLimit_StopsAtTheLimit()
    {
        using var client = fixture.Connect();
        var request = new QueryAreaRequest
        {
            Box = new BoundingBox { MinX = 5.175, MinY = 52.222, MaxX = 5.188, MaxY = 52.230, Crs = Crs.Wgs84 },
            Crs = Crs.Wgs84,
            Limit = 25,
        };

        var found = new List<Entity>();
        await foreach (var entity in client.QueryAreaAsync(request, Cancel))
        {
            found.Add(entity);
        }

        Assert.Equal(25, found.Count);
    }

    [Fact]
    public async Task QueryArea_InvertedBox_InvalidArgument()
    {
        using var client = fixture.Connect();
        var request = new QueryAreaRequest { Box = new BoundingBox { MinX = 141_000, MinY = 470_000, MaxX = 140_000, MaxY = 471_000 } };

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var entity in client.QueryAreaAsync(request, Cancel))
            {
                Assert.Fail("no entity expected, got " + entity);
            }
        });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("min_x <= max_x", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_Grpc_Serving()
    {
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(fixture.Silo.GrpcAddress);
        var health = new Health.HealthClient(channel);

        var response = await health.CheckAsync(new HealthCheckRequest(), cancellationToken: Cancel);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_ListsTheCityService()
    {
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(fixture.Silo.GrpcAddress);
        var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(channel);
        using var call = reflection.ServerReflectionInfo(cancellationToken: Cancel);

        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = string.Empty }, Cancel);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(Cancel));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("twin.v1.CityService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    private static BoundingBox Box(RdEnvelope box) =>
        new() { MinX = box.MinX, MinY = box.MinY, MaxX = box.MaxX, MaxY = box.MaxY, Crs = Crs.RdNew };
}
