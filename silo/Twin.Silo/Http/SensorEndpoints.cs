using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Twin.Api.V1;
using Twin.Silo.Access;
using Twin.Silo.Api;
using Twin.Silo.Sensors;
using ModelSensor = Twin.Models.City.Sensor;

namespace Twin.Silo.Http;

/// <summary>
/// Sensors over HTTP: the public register as JSON, GeoJSON and CSV (open data, no key), a sensor's
/// detail and series, the zones, JSON batch ingest, and a live event stream for the viewer. JSON
/// bodies follow the protobuf JSON mapping of the twin.v1 messages, so HTTP and gRPC say the same.
/// </summary>
public static class SensorEndpoints
{
    /// <summary>The largest JSON batch body accepted (10,000 readings fit comfortably).</summary>
    public const long MaxBatchBytes = 4 * 1024 * 1024;

    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static WebApplication MapTwinSensors(this WebApplication app)
    {
        var open = app.MapGroup("/api/v1").RequireCors(TileEndpoints.CorsPolicy).AllowAnonymous();
        open.MapGet("/sensors", async (SensorDirectory directory, CancellationToken ct) =>
            Message(await RegisterAsync(directory, Crs.Wgs84, ct)));
        open.MapGet("/sensors.geojson", async (SensorDirectory directory, SimulatedSensors simulated, CancellationToken ct) =>
            Results.Text(RegisterFiles.GeoJson(await PublicAsync(directory, ct), simulated), "application/geo+json", Encoding.UTF8));
        open.MapGet("/sensors.csv", async (SensorDirectory directory, SimulatedSensors simulated, CancellationToken ct) =>
            Results.Text(RegisterFiles.Csv(await PublicAsync(directory, ct), simulated), "text/csv", Encoding.UTF8));
        open.MapGet("/sensors/{id}", async (string id, SensorDirectory directory, SensorDetails details) =>
            await directory.GetAsync(id) is { } sensor
                ? Message(await details.DescribeAsync(sensor, new CoordinateOutput(Crs.Wgs84)))
                : NotFound(id));
        open.MapGet("/sensors/{id}/series", SeriesAsync);
        open.MapGet("/zones", async (SensorDetails details, CancellationToken ct) =>
        {
            var zones = new ListZonesResponse();
            zones.Zones.AddRange(await details.ZonesAsync(ct));
            return Message(zones);
        });
        app.MapGet("/api/v1/sensors/live", LiveFeed.StreamAsync).RequireCors(TileEndpoints.CorsPolicy).AllowAnonymous();
        app.MapPost("/api/v1/readings", IngestAsync).RequireAuthorization(Scopes.Ingest).WithMetadata(new AuditedAttribute());
        return app;
    }

    private static async Task<IResult> SeriesAsync(
        string id, string? quantity, DateTimeOffset? from, DateTimeOffset? to, string? resolution, string? vehicleClass, string? direction,
        SensorQueries queries)
    {
        var request = new GetSeriesRequest
        {
            SensorId = id,
            Quantity = quantity ?? "",
            From = from is { } f ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(f) : null,
            To = to is { } t ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(t) : null,
            Resolution = (resolution ?? "hour").ToLowerInvariant() switch
            {
                "hour" => Twin.Api.V1.SeriesResolution.Hour,
                "day" => Twin.Api.V1.SeriesResolution.Day,
                "raw" => Twin.Api.V1.SeriesResolution.Raw,
                _ => (Twin.Api.V1.SeriesResolution)(-1),
            },
            VehicleClass = vehicleClass ?? "",
            Direction = direction ?? "",
        };
        try
        {
            return Message(await queries.SeriesAsync(request));
        }
        catch (RpcException failed) when (failed.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            var status = failed.StatusCode == StatusCode.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Results.Problem(title: failed.StatusCode == StatusCode.NotFound ? "Not found" : "Invalid query", detail: failed.Status.Detail, statusCode: status);
        }
    }

    private static async Task<IResult> IngestAsync(HttpContext http, ReadingRouter router)
    {
        if (http.Request.ContentLength > MaxBatchBytes)
        {
            return TooLarge();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBatchBytes;
        }

        ReadingBatch batch;
        try
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            batch = Parser.Parse<ReadingBatch>(await reader.ReadToEndAsync(http.RequestAborted));
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (Exception malformed) when (malformed is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            return BadRequest("The batch is not valid JSON of a ReadingBatch: " + malformed.Message);
        }

        AuditEntities.Of(http).AddFrom(batch);
        try
        {
            return Message(SensorMessages.ToMessage(batch.Sequence, await router.IngestAsync(SensorMessages.FromMessage(batch))));
        }
        catch (ArgumentException invalid)
        {
            return BadRequest(invalid.Message);
        }
    }

    private static async Task<ListSensorsResponse> RegisterAsync(SensorDirectory directory, Crs crs, CancellationToken ct)
    {
        var output = new CoordinateOutput(crs);
        var response = new ListSensorsResponse();
        response.Sensors.AddRange((await PublicAsync(directory, ct)).Select(s => EntityMessages.ToMessage(s, output)));
        return response;
    }

    private static async Task<IReadOnlyList<ModelSensor>> PublicAsync(SensorDirectory directory, CancellationToken ct) =>
        [.. (await directory.AllAsync(ct)).Where(s => s.Register.IsPublic)];

    private static IResult Message(IMessage message) => Results.Text(Json.Format(message), "application/json", Encoding.UTF8);

    private static IResult NotFound(string id) =>
        Results.Problem(title: "Not found", detail: $"no sensor with id '{id}' in the register", statusCode: StatusCodes.Status404NotFound);

    private static IResult TooLarge() =>
        Results.Problem(title: "Batch too large", detail: $"a batch body holds at most {MaxBatchBytes:N0} bytes", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static IResult BadRequest(string detail) =>
        Results.Problem(title: "Invalid batch", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
