using OpenTelemetry.Metrics;
using Twin.Silo.Sensors;

namespace Twin.Silo.Hosting;

/// <summary>
/// Metrics for operators: Orleans' own meters (grains, messaging, storage), ASP.NET Core requests
/// (HTTP and gRPC) and Twin's counters (readings stored, duplicates, rejections by reason), scraped
/// in Prometheus text format from <c>/metrics</c> on the HTTP port.
/// </summary>
public static class TwinTelemetry
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddTwinTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SensorMetrics.MeterName, "Microsoft.Orleans")
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    public static WebApplication MapTwinTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Twin.Silo.Access.Scopes.Admin);
        return app;
    }
}
