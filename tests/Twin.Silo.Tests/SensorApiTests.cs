using System.Net;
using System.Text;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Twin.Api.V1;

namespace Twin.Silo.Tests;

/// <summary>Sensors against the running demo: the open-data register, ingest over gRPC and HTTP with bad input, live subscriptions, series.</summary>
[Collection(SensorSiloGroup.Name)]
public sealed class SensorApiTests(DemoSiloFixture demo, SensorSiloFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_OpenDataAsJsonGeoJsonAndCsv_ListsThePublicSensorsWithoutAKey()
    {
        using var http = Http();
        var json = await http.GetStringAsync("/api/v1/sensors", Cancel);
        var geoJson = await http.GetStringAsync("/api/v1/sensors.geojson", Cancel);
        var csv = await http.GetStringAsync("/api/v1/sensors.csv", Cancel);

        var expected = demo.Demo.Sensors.Where(s => s.Register.IsPublic).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        using var listed = JsonDocument.Parse(json);
        var ids = listed.RootElement.GetProperty("sensors").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.Equal(expected, ids.Where(id => id.StartsWith("sensor-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        using var features = JsonDocument.Parse(geoJson);
        var camera = features.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "sensor-traffic-01");
        var lonLat = camera.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.InRange(lonLat[0], 5.1, 5.25);
        Assert.InRange(lonLat[1], 52.19, 52.26);
        Assert.Equal("vehicle_count vehicle_speed", camera.GetProperty("properties").GetProperty("quantities").GetString());
        Assert.Equal("DPIA-2024-017", camera.GetProperty("properties").GetProperty("dpia_reference").GetString());
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,name,kind,owner,purpose,quantities,legal_basis,dpia_reference,retention_days", rows[0], StringComparison.Ordinal);
        Assert.Equal(ids.Count + 1, rows.Length);
    }

    [Fact]
    public async Task Ingest_StreamOfBatches_EachAcknowledgedAndRejectedReadingsNeverStored()
    {
        using var client = fixture.Connect();
        var sensor = await SensorCliTests.RegisterAirSensorAsync(client, Cancel);
        var now = DateTime.UtcNow;
        using var call = client.Sensors.Ingest(cancellationToken: Cancel);

        await call.RequestStream.WriteAsync(Batch(1, Reading(sensor, now.AddMinutes(-3), "no2", 21), Reading(sensor, now.AddMinutes(-2), "no2", double.NaN)), Cancel);
        Assert.True(await call.ResponseStream.MoveNext(Cancel));
        var first = call.ResponseStream.Current;
        await call.RequestStream.WriteAsync(Batch(2, Reading(sensor, now.AddMinutes(-3), "no2", 21), Reading(sensor, now.AddMinutes(-1), "licence_plate", 1), Reading(sensor, now.AddDays(2), "no2", 30), Reading("sensor-nobody", now, "no2", 5)), Cancel);
        Assert.True(await call.ResponseStream.MoveNext(Cancel));
        var second = call.ResponseStream.Current;
        await call.RequestStream.CompleteAsync();

        Assert.Equal((1UL, 1, 1), (first.Sequence, first.Stored, first.Rejected));
        Assert.Equal(ReadingRejectionReason.ValueNotFinite, first.Rejections.Single().Reason);
        Assert.Equal((2UL, 0, 1, 3), (second.Sequence, second.Stored, second.Duplicates, second.Rejected));
        Assert.Equal(
            [ReadingRejectionReason.QuantityNotRegistered, ReadingRejectionReason.TimestampInFuture, ReadingRejectionReason.UnknownSensor],
            second.Rejections.Select(r => r.Reason));
        Assert.Equal([1, 2, 3], second.Rejections.Select(r => r.Index));
        var raw = await client.Sensors.GetSeriesAsync(new GetSeriesRequest
        {
            SensorId = sensor, Quantity = "no2", Resolution = SeriesResolution.Raw,
            From = Timestamp.FromDateTime(now.AddHours(-1)), To = Timestamp.FromDateTime(now.AddDays(3)),
        }, cancellationToken: Cancel);
        Assert.Equal([21.0], raw.Readings.Select(r => r.Value));
    }

    [Fact]
    public async Task Ingest_MalformedOrOversizedBatch_InvalidArgumentNamingTheProblemAndNothingStored()
    {
        using var client = fixture.Connect();
        var sensor = await SensorCliTests.RegisterAirSensorAsync(client, Cancel);
        var now = DateTime.UtcNow;
        var noTime = Batch(1, Reading(sensor, now.AddMinutes(-1), "no2", 20), new Reading { SensorId = sensor, Quantity = "no2", Value = 3 });
        var tooMany = Batch(2, [.. Enumerable.Range(0, 10_001).Select(i => Reading(sensor, now.AddSeconds(-i - 1), "no2", 20))]);

        var missing = await Assert.ThrowsAsync<RpcException>(() => client.Sensors.IngestBatchAsync(noTime, cancellationToken: Cancel).ResponseAsync);
        var oversized = await Assert.ThrowsAsync<RpcException>(() => client.Sensors.IngestBatchAsync(tooMany, cancellationToken: Cancel).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, missing.StatusCode);
        Assert.Contains("readings[1].time is missing", missing.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, oversized.StatusCode);
        Assert.Contains("at most 10000 readings", oversized.Status.Detail, StringComparison.Ordinal);
        var hours = await client.Sensors.GetSeriesAsync(new GetSeriesRequest
        {
            SensorId = sensor, Quantity = "no2", From = Timestamp.FromDateTime(now.AddDays(-1)), To = Timestamp.FromDateTime(now.AddHours(1)),
        }, cancellationToken: Cancel);
        Assert.Empty(hours.Points);
    }

    [Fact]
    public async Task HttpIngest_JsonBatch_AcknowledgedWithReasonsAndMalformedOrHugeBodiesRefused()
    {
        using var client = fixture.Connect();
        var sensor = await SensorCliTests.RegisterAirSensorAsync(client, Cancel);
        using var http = Http();
        var time = DateTime.UtcNow.AddMinutes(-5).ToString("O");
        var body = $$"""{"sequence":"7","readings":[{"sensorId":"{{sensor}}","time":"{{time}}","quantity":"no2","value":18.5},{"sensorId":"{{sensor}}","time":"{{time}}","quantity":"pm10","value":-4}]}""";

        using var accepted = await http.PostAsync("/api/v1/readings", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);
        using var malformed = await http.PostAsync("/api/v1/readings", new StringContent("{\"readings\":[{\"sensorId\":", Encoding.UTF8, "application/json"), Cancel);
        using var hugeRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/readings") { Content = new StringContent(new string(' ', 5 * 1024 * 1024), Encoding.UTF8, "application/json") };
        hugeRequest.Headers.ExpectContinue = true;
        using var huge = await http.SendAsync(hugeRequest, Cancel);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using var ack = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(1, ack.RootElement.GetProperty("stored").GetInt32());
        var rejection = ack.RootElement.GetProperty("rejections").EnumerateArray().Single();
        Assert.Equal("READING_REJECTION_REASON_VALUE_OUT_OF_RANGE", rejection.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("not valid JSON", await malformed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task Subscribe_ChosenSensor_ConfirmsThenStreamsItsStoredBatches()
    {
        using var client = fixture.Connect();
        var sensor = await SensorCliTests.RegisterAirSensorAsync(client, Cancel);
        var request = new SubscribeRequest();
        request.SensorIds.Add(sensor);
        using var call = client.Sensors.Subscribe(request, cancellationToken: Cancel);
        Assert.True(await call.ResponseStream.MoveNext(Cancel));
        Assert.Equal([sensor], call.ResponseStream.Current.Subscribed.SensorIds);

        await client.Sensors.IngestBatchAsync(Batch(1, Reading(sensor, DateTime.UtcNow.AddSeconds(-30), "no2", 33.3)), cancellationToken: Cancel);

        Assert.True(await call.ResponseStream.MoveNext(Cancel));
        var update = call.ResponseStream.Current.Update;
        Assert.Equal(sensor, update.SensorId);
        Assert.Equal(33.3, update.Readings.Single().Value);
        Assert.Equal("no2", update.Values.Single().Quantity);
    }

    [Fact]
    public async Task Subscribe_Area_CoversTheSensorsInItAndStreamsTheirBatches()
    {
        using var client = fixture.Connect();
        var sensor = await SensorCliTests.RegisterAirSensorAsync(client, Cancel);
        var request = new SubscribeRequest { Area = new BoundingBox { MinX = 140_899, MinY = 471_099, MaxX = 140_901, MaxY = 471_101 } };
        using var call = client.Sensors.Subscribe(request, cancellationToken: Cancel);
        Assert.True(await call.ResponseStream.MoveNext(Cancel));
        var covered = call.ResponseStream.Current.Subscribed.SensorIds;

        await client.Sensors.IngestBatchAsync(Batch(1, Reading(sensor, DateTime.UtcNow.AddSeconds(-20), "pm10", 17)), cancellationToken: Cancel);
        SensorUpdate update;
        do
        {
            Assert.True(await call.ResponseStream.MoveNext(Cancel));
            update = call.ResponseStream.Current.Update;
        }
        while (update.SensorId != sensor);

        Assert.Contains(sensor, covered);
        Assert.DoesNotContain("sensor-traffic-01", covered);
        Assert.Equal(17, update.Readings.Single().Value);
    }

    [Fact]
    public async Task Series_SnelliuslaanCameraFromTheSimulatedFeed_HourlyV85AndShareAboveThirty()
    {
        using var client = fixture.Connect();
        var detail = await client.Sensors.GetSensorAsync(new GetSensorRequest { SensorId = "sensor-traffic-01" }, cancellationToken: Cancel);
        var now = DateTime.UtcNow;

        var series = await client.Sensors.GetSeriesAsync(new GetSeriesRequest
        {
            SensorId = "sensor-traffic-01", Quantity = "vehicle_speed", Resolution = SeriesResolution.Hour,
            From = Timestamp.FromDateTime(now.AddHours(-12)), To = Timestamp.FromDateTime(now.AddHours(-1)),
        }, cancellationToken: Cancel);

        Assert.True(detail.Simulated);
        Assert.Contains("Snelliuslaan", detail.Sensor.Name, StringComparison.Ordinal);
        Assert.InRange(series.Points.Count, 10, 12);
        Assert.All(series.Points, p =>
        {
            Assert.Equal(30, p.SpeedLimit);
            Assert.InRange(p.V85, p.Min, p.Max);
            Assert.True(p.V85 >= p.Mean, $"V85 {p.V85} below the mean {p.Mean}");
            Assert.InRange(p.ShareAboveLimit, 0, 1);
        });
    }

    [Fact]
    public async Task ScenarioRun_CameraOnSnelliuslaan_ObservedPeakHourSitsBesideTheModelledFlow()
    {
        using var client = fixture.Connect();
        SensorDetail camera;
        do
        {
            camera = await client.Sensors.GetSensorAsync(new GetSensorRequest { SensorId = "sensor-traffic-01" }, cancellationToken: Cancel);
        }
        while (camera.Observed?.HasPeakHourFlow != true && await Delay());

        using var run = client.Scenarios.RunScenario(new RunScenarioRequest { Id = "base" }, cancellationToken: Cancel);
        while (await run.ResponseStream.MoveNext(Cancel))
        {
        }

        var export = await client.Scenarios.ExportScenarioAsync(new ExportScenarioRequest { Id = "base", Format = ExportFormat.Geojson }, cancellationToken: Cancel);
        using var features = JsonDocument.Parse(export.Content.ToStringUtf8());
        var segment = features.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .Single(p => p.GetProperty("segmentId").GetString() == camera.Sensor.SegmentId);

        Assert.True(camera.Observed!.PeakHourFlow > 0);
        Assert.Equal(camera.Observed.PeakHourFlow, segment.GetProperty("observedFlow").GetDouble(), 6);
        Assert.True(segment.GetProperty("flow").GetDouble() >= 0);
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(250, Cancel);
        return true;
    }

    [Fact]
    public async Task Metrics_AfterIngest_PrometheusShowsStoredAndRejectedReadingsByReason()
    {
        using var client = fixture.Connect();
        var sensor = await SensorCliTests.RegisterAirSensorAsync(client, Cancel);
        await client.Sensors.IngestBatchAsync(Batch(1, Reading(sensor, DateTime.UtcNow.AddMinutes(-1), "no2", 12), Reading(sensor, DateTime.UtcNow, "no2", -1)), cancellationToken: Cancel);
        using var http = Http();

        var metrics = await http.GetStringAsync("/metrics", Cancel);

        Assert.Matches(@"twin_sensors_readings_stored_total\{[^}]*\} [1-9]\d*", metrics);
        Assert.Matches(@"twin_sensors_readings_rejected_total\{[^}]*reason=""ValueOutOfRange""[^}]*\} [1-9]\d*", metrics);
        Assert.Contains("orleans_", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zones_DruktemeterCounters_SevenZonesPublishedWithThePrivacyThreshold()
    {
        using var client = fixture.Connect();

        var zones = await client.Sensors.ListZonesAsync(new ListZonesRequest(), cancellationToken: Cancel);

        Assert.Equal(7, zones.Zones.Count);
        Assert.All(zones.Zones, z =>
        {
            Assert.Equal(10, z.Threshold);
            Assert.True(z.HasVisitors ? z.Visitors >= 10 && z.Display == z.Visitors.ToString(System.Globalization.CultureInfo.InvariantCulture) : z.Display is "<10" or "");
        });
    }

    internal static ReadingBatch Batch(ulong sequence, params Reading[] readings)
    {
        var batch = new ReadingBatch { Sequence = sequence };
        batch.Readings.AddRange(readings);
        return batch;
    }

    internal static Reading Reading(string sensor, DateTime time, string quantity, double value) =>
        new() { SensorId = sensor, Time = Timestamp.FromDateTime(DateTime.SpecifyKind(time, DateTimeKind.Utc)), Quantity = quantity, Value = value };

    private HttpClient Http() => new() { BaseAddress = new Uri(fixture.Silo.HttpAddress) };
}
