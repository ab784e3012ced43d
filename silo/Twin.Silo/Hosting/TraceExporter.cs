namespace Twin.Silo.Hosting;

/// <summary>Where the silo sends its traces.</summary>
public enum TraceExporter
{
    /// <summary>No tracing: nothing is recorded.</summary>
    None,

    /// <summary>Each finished span printed to standard output.</summary>
    Console,

    /// <summary>OpenTelemetry protocol to a collector (gRPC, default http://localhost:4317).</summary>
    Otlp,
}
