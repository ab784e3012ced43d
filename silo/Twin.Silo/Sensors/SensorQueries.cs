using Grpc.Core;
using Microsoft.Extensions.Options;
using Twin.Api.V1;
using Twin.Grains.City;
using Twin.Silo.Api;
using ModelSensor = Twin.Models.City.Sensor;
using ModelSeriesQuery = Twin.Models.Sensors.SeriesQuery;

namespace Twin.Silo.Sensors;

/// <summary>Series queries as both edges ask them: checked, answered by the sensor grain, people counts thresholded.</summary>
public sealed class SensorQueries(IGrainFactory grains, SensorDirectory directory, IOptions<SensorSettings> settings)
{
    public async Task<ModelSensor> RequireAsync(string id, string field) =>
        await directory.GetAsync(RequestReader.Id(id, field))
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no sensor with id '{id}' in the register"));

    public async Task<Series> SeriesAsync(GetSeriesRequest request)
    {
        var sensor = await RequireAsync(request.SensorId, "sensor_id");
        if (!Enum.IsDefined(request.Resolution))
        {
            throw RequestReader.Invalid("resolution must be hour, day or raw");
        }

        var query = new ModelSeriesQuery(
            request.Quantity,
            request.From?.ToDateTime() ?? throw RequestReader.Invalid("from is missing"),
            request.To?.ToDateTime() ?? throw RequestReader.Invalid("to is missing"),
            SensorMessages.Resolution(request.Resolution),
            string.IsNullOrEmpty(request.VehicleClass) ? null : request.VehicleClass,
            string.IsNullOrEmpty(request.Direction) ? null : request.Direction);
        if (!sensor.Register.MaySend(query.Quantity))
        {
            throw RequestReader.Invalid($"sensor '{sensor.Id}' does not send '{query.Quantity}' (it sends {string.Join(", ", sensor.Register.Quantities)})");
        }

        if (query.Problem() is { } problem)
        {
            throw RequestReader.Invalid(problem);
        }

        var result = await grains.GetGrain<ISensorGrain>(sensor.Id).GetSeriesAsync(query);
        return SensorMessages.ToMessage(sensor, query.Quantity, result, settings.Value.PrivacyThreshold);
    }
}
