using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Twin.Silo.Sensors;

namespace Twin.Silo.Hosting;

/// <summary>
/// Telemetry for operators. Metrics: Orleans' own meters (grains, messaging, storage), ASP.NET Core requests
/// (HTTP and gRPC) and Twin's counters (readings stored, duplicates, rejections by reason), scraped in
/// Prometheus text format from <c>/metrics</c> on the HTTP port. Traces, when Twin:Operations:Traces names an
/// exporter: gRPC and HTTP requests, Orleans grain calls (propagated from silo to silo) and Twin's imports.
/// Logs: simple or JSON lines (Twin:Operations:LogFormat).
/// </summary>
public static class TwinTelemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>The activity source of Twin's own spans (imports, roll-forward of interrupted imports).</summary>
    public const string ActivitySourceName = "Twin";

    /// <summary>Orleans' activity sources: the runtime's messages and the application's grain calls.</summary>
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static ActivitySource Source { get; } = new(ActivitySourceName);

    public static WebApplicationBuilder AddTwinTelemetry(this WebApplicationBuilder builder)
    {
        var settings = Settings(builder.Configuration);
        var telemetry = builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SensorMetrics.MeterName, "Microsoft.Orleans")
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        if (settings.Traces != TraceExporter.None)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(ActivitySourceName).AddSource(OrleansSources).AddAspNetCoreInstrumentation();
                if (settings.Traces == TraceExporter.Console)
                {
                    tracing.AddConsoleExporter();
                }
                else
                {
                    tracing.AddOtlpExporter(otlp =>
                    {
                        if (!string.IsNullOrWhiteSpace(settings.OtlpEndpoint))
                        {
                            otlp.Endpoint = new Uri(settings.OtlpEndpoint);
                        }
                    });
                }
            });
        }

        if (settings.LogFormat == LogFormat.Json)
        {
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        return builder;
    }

    /// <summary>The Orleans side of tracing: grain calls carry the caller's trace from silo to silo.</summary>
    public static ISiloBuilder AddTwinTracing(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (Settings(configuration).Traces != TraceExporter.None)
        {
            silo.AddActivityPropagation();
        }

        return silo;
    }

    public static WebApplication MapTwinTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Twin.Silo.Access.Scopes.Admin);
        return app;
    }

    public static OperationsSettings Settings(IConfiguration configuration) =>
        configuration.GetSection(OperationsSettings.Section).Get<OperationsSettings>() ?? new OperationsSettings();
}
