using System.Text;
using Google.Protobuf;
using Microsoft.Extensions.Options;
using Twin.Silo.Api;
using Twin.Silo.Sensors;

namespace Twin.Silo.Http;

/// <summary>
/// Live sensor values for browsers as server-sent events: each stored batch of a public sensor
/// becomes one "update" event (the SensorUpdate message in JSON). The viewer puts them on its markers.
/// </summary>
public static class LiveFeed
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static async Task StreamAsync(HttpContext http, SensorDirectory directory, IGrainFactory grains, TimeProvider time, IOptions<SensorSettings> settings)
    {
        var cancellationToken = http.RequestAborted;
        var sensors = (await directory.AllAsync(cancellationToken)).Where(s => s.Register.IsPublic).ToDictionary(s => s.Id, StringComparer.Ordinal);
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        await using var subscription = await SensorSubscription.StartAsync(grains, [.. sensors.Keys], time);
        await WriteAsync(http, "subscribed", $"{{\"sensors\":{sensors.Count}}}", cancellationToken);
        try
        {
            await foreach (var update in subscription.Updates.ReadAllAsync(cancellationToken))
            {
                var message = SensorMessages.ToMessage(update, sensors[update.SensorId], settings.Value.PrivacyThreshold);
                message.Readings.Clear();
                await WriteAsync(http, "update", Json.Format(message), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away.
        }
    }

    private static async Task WriteAsync(HttpContext http, string name, string data, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", Encoding.UTF8, cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }
}
