using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Twin.Api.V1;
using Twin.Silo.Access;
using Twin.Grains.City;
using Twin.Silo.Sensors;

namespace Twin.Silo.Api;

/// <summary>The twin.v1 SensorService: register, ingest, series, live subscriptions, calibration, zones.</summary>
public sealed class SensorApi(
    IGrainFactory grains,
    SensorDirectory directory,
    ReadingRouter router,
    SensorDetails details,
    SensorQueries queries,
    TimeProvider time,
    IOptions<SensorSettings> settings) : SensorService.SensorServiceBase
{
    private readonly int _threshold = settings.Value.PrivacyThreshold;

    [OpenData]
    public override async Task<ListSensorsResponse> ListSensors(ListSensorsRequest request, ServerCallContext context)
    {
        var output = new CoordinateOutput(request.Crs);
        var response = new ListSensorsResponse();
        var sensors = await directory.AllAsync(context.CancellationToken);
        response.Sensors.AddRange(sensors.Where(s => s.Register.IsPublic).Select(s => EntityMessages.ToMessage(s, output)));
        return response;
    }

    [OpenData]
    public override async Task<SensorDetail> GetSensor(GetSensorRequest request, ServerCallContext context)
    {
        var sensor = await RequireAsync(request.SensorId, "sensor_id");
        return await details.DescribeAsync(sensor, new CoordinateOutput(request.Crs));
    }

    [Authorize(Scopes.Admin)]
    [Audited]
    public override async Task<SensorDetail> RegisterSensor(RegisterSensorRequest request, ServerCallContext context)
    {
        var sensor = SensorMessages.FromMessage(request.Sensor ?? throw RequestReader.Invalid("sensor is missing"));
        var problems = await directory.RegisterAsync(sensor, context.CancellationToken);
        if (problems.Length > 0)
        {
            throw RequestReader.Invalid($"sensor '{sensor.Id}' was not registered: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")));
        }

        return await details.DescribeAsync(sensor, CoordinateOutput.RdNew);
    }

    [Authorize(Scopes.Ingest)]
    [Audited]
    public override async Task Ingest(IAsyncStreamReader<ReadingBatch> requestStream, IServerStreamWriter<IngestAck> responseStream, ServerCallContext context)
    {
        await foreach (var batch in requestStream.ReadAllAsync(context.CancellationToken))
        {
            var outcome = await router.IngestAsync(SensorMessages.FromMessage(batch));
            await responseStream.WriteAsync(SensorMessages.ToMessage(batch.Sequence, outcome), context.CancellationToken);
        }
    }

    [Authorize(Scopes.Ingest)]
    [Audited]
    public override async Task<IngestAck> IngestBatch(ReadingBatch request, ServerCallContext context) =>
        SensorMessages.ToMessage(request.Sequence, await router.IngestAsync(SensorMessages.FromMessage(request)));

    [OpenData]
    public override Task<Series> GetSeries(GetSeriesRequest request, ServerCallContext context) => queries.SeriesAsync(request);

    [Authorize(Scopes.Read)]
    public override async Task Subscribe(SubscribeRequest request, IServerStreamWriter<SensorEvent> responseStream, ServerCallContext context)
    {
        var ids = new SortedSet<string>(request.SensorIds.Select(id => RequestReader.Id(id, "sensor_ids")), StringComparer.Ordinal);
        if (request.Area is not null)
        {
            var area = await directory.InAreaAsync(RequestReader.Box(request.Area, "area"), context.CancellationToken);
            ids.UnionWith(area.Select(s => s.Id));
        }

        if (ids.Count == 0)
        {
            throw RequestReader.Invalid("name sensor_ids or an area with sensors in it");
        }

        var sensors = new Dictionary<string, Twin.Models.City.Sensor>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            sensors[id] = await RequireAsync(id, "sensor_ids");
        }

        await using var subscription = await SensorSubscription.StartAsync(grains, [.. ids], time);
        var confirmed = new Subscribed();
        confirmed.SensorIds.AddRange(ids);
        await responseStream.WriteAsync(new SensorEvent { Subscribed = confirmed }, context.CancellationToken);
        await foreach (var update in subscription.Updates.ReadAllAsync(context.CancellationToken))
        {
            await responseStream.WriteAsync(new SensorEvent { Update = SensorMessages.ToMessage(update, sensors[update.SensorId], _threshold) }, context.CancellationToken);
        }
    }

    [Authorize(Scopes.Admin)]
    [Audited]
    public override async Task<Calibration> Calibrate(CalibrateRequest request, ServerCallContext context)
    {
        var sensor = await RequireAsync(request.SensorId, "sensor_id");
        if (!sensor.Register.MaySend(request.Quantity))
        {
            throw RequestReader.Invalid($"sensor '{sensor.Id}' does not send '{request.Quantity}'");
        }

        var calibration = await grains.GetGrain<ISensorGrain>(sensor.Id).CalibrateAsync(SensorMessages.FromMessage(request));
        return SensorMessages.ToMessage(calibration);
    }

    [OpenData]
    public override async Task<ListZonesResponse> ListZones(ListZonesRequest request, ServerCallContext context)
    {
        var response = new ListZonesResponse();
        response.Zones.AddRange(await details.ZonesAsync(context.CancellationToken));
        return response;
    }

    private Task<Twin.Models.City.Sensor> RequireAsync(string id, string field) => queries.RequireAsync(id, field);
}
