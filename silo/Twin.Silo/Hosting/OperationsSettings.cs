namespace Twin.Silo.Hosting;

/// <summary>What operators switch on: the Orleans dashboard, where traces go, and how logs are written (Twin:Operations).</summary>
public sealed record OperationsSettings
{
    public const string Section = "Twin:Operations";

    /// <summary>The Orleans dashboard (silos, grain activations, calls and latencies) on the HTTP port, at <see cref="DashboardPath"/>.</summary>
    public bool Dashboard { get; init; }

    public string DashboardPath { get; init; } = "/dashboard";

    /// <summary>Where OpenTelemetry traces (gRPC and HTTP requests, Orleans grain calls, imports) go: None, Console or Otlp.</summary>
    public TraceExporter Traces { get; init; } = TraceExporter.None;

    /// <summary>The OTLP collector for <see cref="TraceExporter.Otlp"/>, for example http://127.0.0.1:4317; empty for the exporter's default.</summary>
    public string OtlpEndpoint { get; init; } = "";

    /// <summary>Simple (one readable block per message) or Json (one JSON object per line, for a log collector).</summary>
    public LogFormat LogFormat { get; init; } = LogFormat.Simple;
}
