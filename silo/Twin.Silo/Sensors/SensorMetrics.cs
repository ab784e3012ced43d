using System.Diagnostics.Metrics;

namespace Twin.Silo.Sensors;

/// <summary>Counters of sensor ingest for OpenTelemetry and dotnet-counters: readings stored, duplicates and rejections by reason.</summary>
public sealed class SensorMetrics : IDisposable
{
    public const string MeterName = "Twin.Sensors";

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _stored;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _rejected;

    public SensorMetrics()
    {
        _stored = _meter.CreateCounter<long>("twin.sensors.readings.stored", "{reading}", "Readings stored");
        _duplicates = _meter.CreateCounter<long>("twin.sensors.readings.duplicate", "{reading}", "Readings acknowledged that were already stored");
        _rejected = _meter.CreateCounter<long>("twin.sensors.readings.rejected", "{reading}", "Readings rejected, by reason");
    }

    public void Record(BatchOutcome outcome)
    {
        _stored.Add(outcome.Stored);
        _duplicates.Add(outcome.Duplicates);
        foreach (var reason in outcome.Rejected.GroupBy(r => r.Reason))
        {
            _rejected.Add(reason.Count(), new KeyValuePair<string, object?>("reason", reason.Key.ToString()));
        }
    }

    public void Dispose() => _meter.Dispose();
}
