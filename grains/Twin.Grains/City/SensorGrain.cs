using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Orleans.Utilities;
using Twin.Grains.Sensors;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Grains.City;

/// <summary>
/// A sensor: its register entry as an entity, and the readings it sends. Ingest checks each reading
/// against the register, stores the valid ones through <see cref="SensorArchive"/>, answers, and then
/// tells live subscribers and the street segment or zone the sensor observes.
/// </summary>
public sealed class SensorGrain(
    [PersistentState("sensor", StorageNames.City)] IPersistentState<EntityState<Sensor>> state,
    [PersistentState("sensor-series", StorageNames.Sensors)] IPersistentState<SensorSeriesState> series,
    TimeProvider time,
    ILogger<SensorGrain> logger)
    : EntityGrain<Sensor>(state, time), ISensorGrain, IRemindable
{
    private const string RetentionReminder = "retention";

    private readonly ObserverManager<ISensorObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private SensorArchive _archive = null!;
    private SensorLinks _links = null!;
    private bool _reminderSet;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var storage = ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Sensors);
        _archive = new SensorArchive(storage, this.GetPrimaryKeyString());
        _links = new SensorLinks(GrainFactory);
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<IngestResult> IngestAsync(ImmutableArray<SensorReading> readings)
    {
        var sensor = await GetAsync();
        var (valid, rejected) = SensorIngest.Check(sensor, readings, Time.GetUtcNow());
        if (valid.Count == 0)
        {
            return new IngestResult(0, 0, rejected);
        }

        var speedLimit = await _links.SpeedLimitAsync(sensor!);
        var stored = new List<SensorReading>();
        foreach (var hour in valid.GroupBy(r => HourRollup.HourOf(r.Time)).OrderBy(h => h.Key))
        {
            stored.AddRange(await _archive.AppendAsync(hour.Key, hour, speedLimit));
        }

        if (stored.Count > 0)
        {
            await TrackAsync(stored);
            await NotifyAsync(sensor!, stored);
        }

        return new IngestResult(stored.Count, valid.Count - stored.Count, rejected);
    }

    public async Task<SeriesResult> GetSeriesAsync(SeriesQuery query)
    {
        if (query.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        var hours = await HoursWithDataAsync(query.From, query.To);
        var calibration = series.State.Calibrations.GetValueOrDefault(query.Quantity);
        if (query.Resolution == SeriesResolution.Raw)
        {
            var (readings, truncated) = await RawAsync(hours, query);
            return new SeriesResult([], readings, calibration, truncated);
        }

        var rollups = new List<HourRollup>();
        foreach (var hour in hours)
        {
            if (await _archive.GetRollupAsync(hour) is { } rollup)
            {
                rollups.Add(rollup);
            }
        }

        return new SeriesResult(SeriesBuilder.Build(rollups, query, calibration is null ? null : calibration.Apply), [], calibration, false);
    }

    public async Task<ImmutableArray<LiveValue>> GetLiveAsync()
    {
        if (series.State.LatestHour is not { } hour || await _archive.GetRollupAsync(hour) is not { } rollup)
        {
            return [];
        }

        return SensorIngest.Live(rollup, await _archive.GetRawAsync(hour), series.State.Calibrations);
    }

    public async Task<LinearCalibration> CalibrateAsync(CalibrationRequest request)
    {
        var pairs = request.Pairs;
        if (!request.ReferenceHours.IsDefaultOrEmpty)
        {
            var first = request.ReferenceHours.Min(v => v.Time.UtcDateTime);
            var last = request.ReferenceHours.Max(v => v.Time.UtcDateTime).AddHours(1);
            var own = await GetSeriesAsync(new SeriesQuery(request.Quantity, first, last, SeriesResolution.Hour));
            var hourly = CalibrationPairing.Hourly([.. own.Points.Select(p => new TimedValue(p.Start, p.Mean))], request.ReferenceHours);
            pairs = hourly.Succeeded ? hourly.Pairs : throw new ArgumentException(string.Join("; ", hourly.Problems));
        }

        var fit = CalibrationFitter.Fit(pairs, request.Quantity, request.Reference, Time.GetUtcNow());
        var calibration = fit.Succeeded ? fit.Calibration! : throw new ArgumentException("the calibration could not be fitted: " + string.Join("; ", fit.Problems));
        series.State.Calibrations[request.Quantity] = calibration;
        await series.WriteStateAsync();
        return calibration;
    }

    public Task<ImmutableArray<LinearCalibration>> GetCalibrationsAsync() =>
        Task.FromResult(series.State.Calibrations.Values.OrderBy(c => c.Quantity, StringComparer.Ordinal).ToImmutableArray());

    public async Task<RetentionResult> ApplyRetentionAsync()
    {
        var retention = (await GetAsync())?.Register.RetentionDays ?? 0;
        var cutoff = ReadingRules.RetentionStart(Time.GetUtcNow(), retention);
        var hours = 0;
        long deleted = 0;
        foreach (var month in series.State.Months.Where(m => m < cutoff).ToList())
        {
            var (clearedHours, readings) = await _archive.ClearBeforeAsync(month, cutoff);
            hours += clearedHours;
            deleted += readings;
        }

        return new RetentionResult(hours, deleted, cutoff);
    }

    public Task SubscribeAsync(ISensorObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ISensorObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == RetentionReminder ? ApplyRetentionAsync() : Task.CompletedTask;

    private async Task TrackAsync(List<SensorReading> stored)
    {
        var latest = HourRollup.HourOf(stored.Max(r => r.Time));
        var months = stored.Select(r => SensorArchive.MonthOf(r.Time)).Distinct().Where(m => !series.State.Months.Contains(m)).ToList();
        if (months.Count > 0 || series.State.LatestHour is null || latest > series.State.LatestHour)
        {
            series.State.Months.UnionWith(months);
            series.State.LatestHour = series.State.LatestHour is { } known && known > latest ? known : latest;
            await series.WriteStateAsync();
        }

        if (!_reminderSet)
        {
            await this.RegisterOrUpdateReminder(RetentionReminder, TimeSpan.FromHours(1), TimeSpan.FromDays(1));
            _reminderSet = true;
        }
    }

    private async Task NotifyAsync(Sensor sensor, List<SensorReading> stored)
    {
        var hours = stored.Select(r => HourRollup.HourOf(r.Time)).Distinct().Order().ToList();
        var touched = hours[^1];
        var rollup = await _archive.GetRollupAsync(touched);
        var values = rollup is null ? [] : SensorIngest.Live(rollup, stored, series.State.Calibrations);
        if (_observers.Count > 0)
        {
            var update = new SensorUpdate(sensor.Id, sensor.SensorKind, [.. stored.TakeLast(SensorUpdate.MaxReadings)], values, stored.Count);
            _observers.Notify(o => o.Updated(update));
        }

        if (sensor is { SensorKind: SensorKind.TrafficCamera, SegmentId: not null })
        {
            // A batch may span hours (a back-fill, a replay): the street segment hears of each, not only the newest.
            foreach (var hour in hours.SkipLast(1))
            {
                _links.Tell(sensor, await _archive.GetRollupAsync(hour), []);
            }
        }

        _links.Tell(sensor, rollup, values);
    }

    private async Task<List<DateTime>> HoursWithDataAsync(DateTime from, DateTime to)
    {
        var hours = new List<DateTime>();
        foreach (var month in series.State.Months.Where(m => m < to && m.AddMonths(1) > from))
        {
            var index = await _archive.GetMonthAsync(month);
            hours.AddRange(index.PartsByHour.Keys.Where(h => h.AddHours(1) > from && h < to));
        }

        hours.Sort();
        return hours;
    }

    private async Task<(ImmutableArray<SensorReading> Readings, bool Truncated)> RawAsync(List<DateTime> hours, SeriesQuery query)
    {
        var readings = ImmutableArray.CreateBuilder<SensorReading>();
        foreach (var hour in hours)
        {
            var raw = await _archive.GetRawAsync(hour);
            foreach (var reading in raw.Where(r => r.Time >= query.From && r.Time < query.To
                && r.Series.Matches(query.Quantity, query.VehicleClass, query.Direction)).OrderBy(r => r.Time))
            {
                if (readings.Count == SeriesQuery.MaxRawReadings)
                {
                    return (readings.ToImmutable(), true);
                }

                readings.Add(reading);
            }
        }

        return (readings.ToImmutable(), false);
    }
}
