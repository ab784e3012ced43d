using System.Net;
using System.Net.Sockets;
using System.Text;
using Grpc.Core;
using Twin.Api.V1;

namespace Twin.Silo.Tests;

/// <summary>Bad input and abuse against a silo in Keys mode: oversized messages, idle streams, SQL- and path-like ids, path traversal, a flooding partner.</summary>
[Collection(AccessSiloGroup.Name)]
public sealed class AbuseTests(AccessSiloFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GrpcMessage_OverTheLimit_ResourceExhaustedAndNothingStored()
    {
        using var sensors = fixture.Connect("sensors");
        var batch = new ReadingBatch { Sequence = 7 };
        batch.Readings.Add(new Reading { SensorId = "huge", Quantity = new string('x', 5 * 1024 * 1024), Value = 1 });

        var refused = await Assert.ThrowsAsync<RpcException>(() => sensors.Sensors.IngestBatchAsync(batch, cancellationToken: Cancel).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.False(fixture.Silo.HasExited);
    }

    [Fact]
    public async Task HttpBody_OverTheLimit_413BeforeTheBodyIsRead()
    {
        // Headers only: the silo must answer from Content-Length, without waiting for 9 MiB.
        var (status, body) = await RawAsync(
            $"POST /api/v1/readings HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: {fixture.Key("sensors")}\r\nContent-Type: application/json\r\nContent-Length: {9 * 1024 * 1024}\r\n\r\n{{");

        Assert.Equal(413, status);
        Assert.Contains("at most", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdleClientStreams_SendingNothing_EndedWithDeadlineExceeded()
    {
        using var sensors = fixture.Connect("sensors");
        using var operatorClient = fixture.Connect("operator");
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        bound.CancelAfter(AccessSiloFixture.IdleTimeout * 10);
        using var ingest = sensors.Sensors.Ingest(cancellationToken: bound.Token);
        using var import = operatorClient.City.Import(cancellationToken: bound.Token);

        var ingestEnded = await Assert.ThrowsAsync<RpcException>(() => ingest.ResponseStream.MoveNext(bound.Token));
        var importEnded = await Assert.ThrowsAsync<RpcException>(() => import.ResponseStream.MoveNext(bound.Token));

        Assert.Equal(StatusCode.DeadlineExceeded, ingestEnded.StatusCode);
        Assert.Contains("IdleStreamTimeout", ingestEnded.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.DeadlineExceeded, importEnded.StatusCode);
        Assert.False(bound.IsCancellationRequested, "the server ended the streams, not the test's bound");
    }

    [Fact]
    public async Task IdsThatLookLikeSqlOrPaths_AreJustIds()
    {
        using var reader = fixture.Connect("reader");
        using var operatorClient = fixture.Connect("operator");
        using var http = fixture.Http();
        string[] odd = ["'; DROP TABLE buildings; --", "../../../../etc/passwd", "..\\..\\orleans.json", "1 OR 1=1", "%2e%2e%2forleans.json"];

        foreach (var id in odd)
        {
            var missing = await Assert.ThrowsAsync<RpcException>(() =>
                reader.City.GetEntityAsync(new GetEntityRequest { Kind = EntityKind.Building, Id = id }, cancellationToken: Cancel).ResponseAsync);
            Assert.Equal(StatusCode.NotFound, missing.StatusCode);
            Assert.Contains($"'{id}'", missing.Status.Detail, StringComparison.Ordinal);
        }

        var sqlSensor = $"x'; DROP TABLE sensors; -- {Guid.NewGuid():N}";
        var pathSensor = $"../../etc/{Guid.NewGuid():N}";
        foreach (var id in new[] { sqlSensor, pathSensor })
        {
            var registered = await operatorClient.Sensors.RegisterSensorAsync(new RegisterSensorRequest { Sensor = Sensor(id) }, cancellationToken: Cancel);
            var read = await reader.Sensors.GetSensorAsync(new GetSensorRequest { SensorId = id }, cancellationToken: Cancel);
            Assert.Equal(id, registered.Sensor.Id);
            Assert.Equal(id, read.Sensor.Id);
        }

        var overHttp = await http.GetStringAsync("/api/v1/sensors/" + Uri.EscapeDataString(sqlSensor), Cancel);
        Assert.Contains("DROP TABLE sensors", overHttp, StringComparison.Ordinal);
        var register = await http.GetStringAsync("/api/v1/sensors", Cancel);
        Assert.Contains(sqlSensor, register, StringComparison.Ordinal);
        Assert.Contains(pathSensor, register, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tiles/../../../../etc/passwd")]
    [InlineData("/tiles/base/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/tiles/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/tiles/base/10/1/..%2F..%2F..%2Forleans.json")]
    [InlineData("/tiles/..%5C..%5Corleans.json/tileset.json")]
    [InlineData("/tiles/base%00/tileset.json")]
    [InlineData("/cesium/..%2F..%2Forleans.json")]
    [InlineData("/%2e%2e/%2e%2e/orleans.json")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/orleans.json")]
    [InlineData("/Twin.Silo.dll")]
    public async Task TileAndFileUrls_WithTraversal_NeverReadAFile(string path)
    {
        var (status, body) = await RawGetAsync(path);

        Assert.True(status is 400 or 404, $"{path}: {status}");
        Assert.DoesNotContain("ClusterId", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flood_FromOnePartner_LimitedWhileAnotherPartnerIsServed()
    {
        using var flood = fixture.Connect("flood");
        using var steady = fixture.Connect("steady");

        var flooding = Enumerable.Range(0, 60).Select(_ => OutcomeAsync(flood)).ToList();
        var served = new List<StatusCode>();
        for (var i = 0; i < 20; i++)
        {
            served.Add(await OutcomeAsync(steady));
        }

        var outcomes = await Task.WhenAll(flooding);
        var limited = outcomes.Count(s => s == StatusCode.ResourceExhausted);
        var detail = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await flood.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
            }
        });

        Assert.All(served, s => Assert.Equal(StatusCode.OK, s));
        Assert.True(limited > 0, "the flood was not limited");
        Assert.True(outcomes.Count(s => s == StatusCode.OK) >= 5, "the flooding partner's burst was served");
        Assert.All(outcomes, s => Assert.True(s is StatusCode.OK or StatusCode.ResourceExhausted, s.ToString()));
        Assert.Equal(StatusCode.ResourceExhausted, detail.StatusCode);
        Assert.Contains("rate limit of flood", detail.Status.Detail, StringComparison.Ordinal);
    }

    private static async Task<StatusCode> OutcomeAsync(Twin.Client.TwinClient client)
    {
        try
        {
            await client.City.GetStatsAsync(new GetStatsRequest(), cancellationToken: Cancel);
            return StatusCode.OK;
        }
        catch (RpcException failed)
        {
            return failed.StatusCode;
        }
    }

    /// <summary>A GET with the path exactly as written: HttpClient would tidy the dot segments away before sending.</summary>
    private Task<(int Status, string Body)> RawGetAsync(string path) =>
        RawAsync($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    private async Task<(int Status, string Body)> RawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, fixture.Silo.HttpPort, Cancel);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Cancel);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while (!Complete(response.ToString()) && (read = await reader.ReadAsync(buffer, Cancel)) > 0)
        {
            response.Append(buffer, 0, read);
        }

        var text = response.ToString();
        return (int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), text);
    }

    /// <summary>A response is complete when its headers ended and its Content-Length (or the closing chunk) arrived.</summary>
    private static bool Complete(string response)
    {
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var length = response.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is not null
            ? response.Length - end - 4 >= int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : response.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }

    private static Twin.Api.V1.Sensor Sensor(string id)
    {
        var sensor = new Twin.Api.V1.Sensor
        {
            Id = id, Name = "Vreemd id", Kind = SensorKind.AirQuality, Location = new Point { X = 140900, Y = 471100 }, MountingHeight = 3,
            Register = new SensorRegisterEntry
            {
                Owner = "Gemeente Hilversum", Purpose = "test", LegalBasis = "Gemeentewet art. 160", DpiaReference = "DPIA-TEST", RetentionDays = 365,
                StartDate = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)), IsPublic = true, Status = SensorStatus.Active,
            },
        };
        sensor.Register.Quantities.Add("no2");
        return sensor;
    }
}
