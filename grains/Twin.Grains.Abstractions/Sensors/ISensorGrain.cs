using System.Collections.Immutable;
using Twin.Grains.Sensors;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Grains.City;

/// <summary>
/// A sensor: its register entry (the entity), and everything it sent — raw readings for the
/// register's retention period, hourly aggregates for good, its calibration — and its live subscribers.
/// </summary>
[Alias("twin.city.ISensorGrain")]
public interface ISensorGrain : IEntityGrain<Sensor>
{
    /// <summary>Checks every reading against the register entry, stores the valid ones and answers once they are written.</summary>
    [Alias("ingest")]
    Task<IngestResult> IngestAsync(ImmutableArray<SensorReading> readings);

    [Alias("series")]
    Task<SeriesResult> GetSeriesAsync(SeriesQuery query);

    /// <summary>The latest reading and hour of each quantity the sensor sent.</summary>
    [Alias("live")]
    Task<ImmutableArray<LiveValue>> GetLiveAsync();

    [Alias("calibrate")]
    Task<LinearCalibration> CalibrateAsync(CalibrationRequest request);

    [Alias("calibrations")]
    Task<ImmutableArray<LinearCalibration>> GetCalibrationsAsync();

    /// <summary>Deletes raw readings older than the retention period. Runs daily by reminder; callable for operators and tests.</summary>
    [Alias("retention")]
    Task<RetentionResult> ApplyRetentionAsync();

    /// <summary>Adds or renews a live subscriber; it expires unless renewed within a few minutes.</summary>
    [Alias("subscribe")]
    Task SubscribeAsync(ISensorObserver observer);

    [Alias("unsubscribe")]
    Task UnsubscribeAsync(ISensorObserver observer);
}
