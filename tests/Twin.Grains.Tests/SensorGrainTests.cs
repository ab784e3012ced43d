using System.Collections.Immutable;
using Twin.Grains.City;
using Twin.Grains.Sensors;
using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Grains.Tests;

/// <summary>Ingest, storage by hour, duplicates, retention, links to segments and zones, and live observers of sensor grains.</summary>
public sealed class SensorGrainTests(CityClusterFixture cluster)
{
    private DateTime Now => cluster.Time.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task IngestAsync_MixedBatch_StoresOnlyValidAndRejectedChangeNothing()
    {
        var (sensor, grain) = await RegisterAsync(SensorKind.AirQuality, [SensorQuantities.No2]);
        var time = Now.AddMinutes(-30);
        ImmutableArray<SensorReading> batch =
        [
            new(time, SensorQuantities.No2, 21.5),
            new(time.AddMinutes(1), SensorQuantities.No2, double.NaN),
            new(time.AddMinutes(2), "image", 1),
            new(Now.AddHours(2), SensorQuantities.No2, 20),
            new(time.AddMinutes(3), SensorQuantities.No2, 23.5),
        ];

        var result = await grain.IngestAsync(batch);
        var raw = await grain.GetSeriesAsync(new SeriesQuery(SensorQuantities.No2, Now.AddDays(-1), Now.AddDays(1), SeriesResolution.Raw));

        Assert.Equal((2, 0), (result.Stored, result.Duplicates));
        Assert.Equal([1, 2, 3], result.Rejected.Select(r => r.Index));
        Assert.Equal([21.5, 23.5], raw.Readings.Select(r => r.Value));
        Assert.Equal(sensor.Id, (await grain.GetAsync())!.Id);
    }

    [Fact]
    public async Task IngestAsync_SameBatchTwiceAndAfterReactivation_StoredOnce()
    {
        var (_, grain) = await RegisterAsync(SensorKind.AirQuality, [SensorQuantities.No2]);
        var batch = Hourly(Now.AddHours(-5), 5, i => 20 + i);

        var first = await grain.IngestAsync(batch);
        var second = await grain.IngestAsync(batch);
        await cluster.DeactivateAsync(grain);
        var third = await grain.IngestAsync([.. batch, new SensorReading(Now.AddMinutes(-1), SensorQuantities.No2, 30)]);
        var hours = await grain.GetSeriesAsync(new SeriesQuery(SensorQuantities.No2, Now.AddHours(-6), Now.AddHours(1), SeriesResolution.Hour));

        Assert.Equal((5, 0), (first.Stored, first.Duplicates));
        Assert.Equal((0, 5), (second.Stored, second.Duplicates));
        Assert.Equal((1, 5), (third.Stored, third.Duplicates));
        Assert.Equal(6, hours.Points.Sum(p => p.Count));
    }

    [Fact]
    public async Task IngestAsync_AfterAMonthOfHistory_WritesAsFewAndAsSmallRecordsAsOnTheFirstDay()
    {
        var (sensor, grain) = await RegisterAsync(SensorKind.AirQuality, [SensorQuantities.No2]);
        var start = Now.AddDays(-30);
        var firstLog = RecordingGrainStorage.Writes.Count;
        await grain.IngestAsync(Hourly(start, 1, _ => 20));
        var firstDay = RecordingGrainStorage.Of(sensor.Id, firstLog);

        // A month of history, one reading every ten minutes.
        foreach (var day in Enumerable.Range(0, 29))
        {
            await grain.IngestAsync([.. Enumerable.Range(0, 144).Select(i => new SensorReading(start.AddDays(day).AddMinutes(10 * i), SensorQuantities.No2, 20 + (i % 9)))]);
        }

        var lastLog = RecordingGrainStorage.Writes.Count;
        await grain.IngestAsync(Hourly(Now.AddMinutes(-50), 1, _ => 22));
        var afterMonth = RecordingGrainStorage.Of(sensor.Id, lastLog);

        // A new hour: its raw part, its aggregates, and the month's index of hours, which is bounded by the month.
        Assert.Equal(firstDay.Count, afterMonth.Count);
        Assert.All(afterMonth.Where(w => w.Type != nameof(SensorMonth)), w => Assert.True(w.Items <= 1, $"{w.Type} {w.Record} holds {w.Items} items"));
        Assert.All(afterMonth.Where(w => w.Type == nameof(SensorMonth)), w => Assert.InRange(w.Items, 1, 31 * 24));

        // More readings for an hour that has some: only its raw part and aggregates are written.
        var sameHourLog = RecordingGrainStorage.Writes.Count;
        await grain.IngestAsync(Hourly(Now.AddMinutes(-40), 1, _ => 23));
        Assert.Equal([nameof(ReadingPart), nameof(HourRollup)], RecordingGrainStorage.Of(sensor.Id, sameHourLog).Select(w => w.Type));
        var month = await grain.GetSeriesAsync(new SeriesQuery(SensorQuantities.No2, start, Now, SeriesResolution.Hour));
        Assert.InRange(month.Points.Length, 29 * 24, 31 * 24);
    }

    [Fact]
    public async Task ApplyRetentionAsync_ShorterRetention_DeletesOldRawReadingsAndKeepsHourlyAggregates()
    {
        var (sensor, grain) = await RegisterAsync(SensorKind.AirQuality, [SensorQuantities.No2], retentionDays: 30);
        await grain.IngestAsync(Hourly(Now.AddDays(-20), 3, i => 10 + i));
        await grain.IngestAsync(Hourly(Now.AddDays(-2), 3, i => 40 + i));

        await cluster.Writer.WriteAsync("sensors", CitySet.From([sensor with { Register = sensor.Register with { RetentionDays = 7 } }]), "shorter retention", cancellationToken: TestContext.Current.CancellationToken);
        var retention = await grain.ApplyRetentionAsync();
        var raw = await grain.GetSeriesAsync(new SeriesQuery(SensorQuantities.No2, Now.AddDays(-30), Now, SeriesResolution.Raw));
        var hourly = await grain.GetSeriesAsync(new SeriesQuery(SensorQuantities.No2, Now.AddDays(-30), Now, SeriesResolution.Hour));

        var reminder = await cluster.Reminders.ReadRow(grain.GetGrainId(), "retention", TestContext.Current.CancellationToken);
        Assert.NotNull(reminder);
        Assert.Equal(TimeSpan.FromDays(1), reminder.Period);
        Assert.Equal((3, 3L), (retention.HoursCleared, retention.ReadingsDeleted));
        Assert.Equal([40.0, 41, 42], raw.Readings.Select(r => r.Value));
        Assert.Equal([10.0, 11, 12, 40, 41, 42], hourly.Points.Select(p => p.Mean));
    }

    [Fact]
    public async Task IngestAsync_CameraOnASegment_SpeedingShareUsesItsLimitAndSegmentKeepsTheHour()
    {
        var area = TestArea.Next();
        var street = area.Street($"street-{Guid.NewGuid():N}", (0, 0), (100, 0));
        var (sensor, grain) = await RegisterAsync(SensorKind.TrafficCamera, [SensorQuantities.VehicleCount, SensorQuantities.VehicleSpeed], segment: street);
        var hour = HourRollup.HourOf(Now.AddHours(-1));
        ImmutableArray<SensorReading> batch =
        [
            new(hour.AddMinutes(1), SensorQuantities.VehicleSpeed, 27, VehicleClasses.Light, "noord"),
            new(hour.AddMinutes(2), SensorQuantities.VehicleSpeed, 38, VehicleClasses.Light, "noord"),
            new(hour.AddMinutes(3), SensorQuantities.VehicleSpeed, 45, VehicleClasses.Heavy, "zuid"),
            new(hour.AddMinutes(4), SensorQuantities.VehicleSpeed, 29.5, VehicleClasses.Light, "zuid"),
            new(hour.AddMinutes(5), SensorQuantities.VehicleCount, 4),
        ];

        await grain.IngestAsync(batch);
        var speeds = Assert.Single((await grain.GetSeriesAsync(new SeriesQuery(SensorQuantities.VehicleSpeed, hour, hour.AddHours(1), SeriesResolution.Hour))).Points);
        var observed = await WaitForAsync(() => cluster.Grains.GetGrain<IStreetSegmentGrain>(street.Id).GetObservationsAsync(), o => o.Latest is not null);

        Assert.Equal(30, speeds.SpeedLimit);
        Assert.Equal(0.5, speeds.ShareAboveLimit);
        Assert.Equal(4, observed.Latest!.Vehicles);
        Assert.Equal(hour, observed.Latest.Hour);
        Assert.Equal(0.5, observed.Latest.Rows.Single(r => r is { Direction: "zuid", VehicleClass: null }).ShareAboveLimit);
    }

    [Fact]
    public async Task IngestAsync_CameraBatchOverSeveralHours_SegmentHearsEveryHour()
    {
        var area = TestArea.Next();
        var street = area.Street($"street-{Guid.NewGuid():N}", (0, 0), (100, 0));
        var (_, grain) = await RegisterAsync(SensorKind.TrafficCamera, [SensorQuantities.VehicleCount], segment: street);
        var first = HourRollup.HourOf(Now.AddHours(-5));
        ImmutableArray<SensorReading> backfill = [.. Enumerable.Range(0, 4).Select(h => new SensorReading(first.AddHours(h).AddMinutes(10), SensorQuantities.VehicleCount, 10 + h))];

        await grain.IngestAsync(backfill);
        var observed = await WaitForAsync(() => cluster.Grains.GetGrain<IStreetSegmentGrain>(street.Id).GetObservationsAsync(), o => o.VehiclesByHour.Count == 4);

        Assert.Equal([10.0, 11, 12, 13], observed.VehiclesByHour.Values);
        Assert.Equal(first.AddHours(3), observed.Latest!.Hour);
    }

    [Fact]
    public async Task IngestAsync_CrowdCounter_ZoneHearsTheLatestCount()
    {
        var zoneId = $"zone-{Guid.NewGuid():N}";
        var (_, grain) = await RegisterAsync(SensorKind.CrowdCounter, [SensorQuantities.VisitorCount], zone: zoneId);

        await grain.IngestAsync([new(Now.AddMinutes(-10), SensorQuantities.VisitorCount, 40), new(Now.AddMinutes(-5), SensorQuantities.VisitorCount, 7)]);
        var zone = await WaitForAsync(() => cluster.Grains.GetGrain<IZoneGrain>(zoneId).GetAsync(), z => z.Visitors is not null);

        Assert.Equal(7, zone.Visitors);
    }

    [Fact]
    public async Task SubscribeAsync_Observer_HearsEveryStoredBatchButNotDuplicates()
    {
        var (sensor, grain) = await RegisterAsync(SensorKind.AirQuality, [SensorQuantities.No2]);
        var observer = new CollectingObserver();
        var reference = cluster.Grains.CreateObjectReference<ISensorObserver>(observer);
        await grain.SubscribeAsync(reference);

        var batch = Hourly(Now.AddHours(-2), 2, i => 25 + i);
        await grain.IngestAsync(batch);
        await grain.IngestAsync(batch);
        var update = await observer.NextAsync();

        Assert.Equal(sensor.Id, update.SensorId);
        Assert.Equal(2, update.StoredCount);
        Assert.Equal(26, Assert.Single(update.Values).Latest.Value);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Equal(0, observer.Pending);
        await grain.UnsubscribeAsync(reference);
    }

    [Fact]
    public async Task CalibrateAsync_AgainstHourlyReference_FitsOnTheSensorsHourlyMeansAndShowsCalibratedBesideRaw()
    {
        var (_, grain) = await RegisterAsync(SensorKind.AirQuality, [SensorQuantities.No2]);
        var first = HourRollup.HourOf(Now.AddDays(-3));

        // Two readings an hour whose mean is (reference - 3) / 2: the fit must find gain 2, offset 3.
        var reference = Enumerable.Range(0, 48).Select(h => new TimedValue(first.AddHours(h), 20 + (15 * Math.Sin(h / 4.0)) + (h % 5))).ToImmutableArray();
        await grain.IngestAsync([.. reference.SelectMany(r => new[]
        {
            new SensorReading(r.Time.UtcDateTime.AddMinutes(10), SensorQuantities.No2, ((r.Value - 3) / 2) - 1),
            new SensorReading(r.Time.UtcDateTime.AddMinutes(40), SensorQuantities.No2, ((r.Value - 3) / 2) + 1),
        })]);

        var calibration = await grain.CalibrateAsync(new CalibrationRequest(SensorQuantities.No2, "reference station", reference, []));
        await cluster.DeactivateAsync(grain);
        var hours = await grain.GetSeriesAsync(new SeriesQuery(SensorQuantities.No2, first, first.AddHours(48), SeriesResolution.Hour));

        Assert.Equal(2, calibration.Gain, 1e-9);
        Assert.Equal(3, calibration.Offset, 1e-9);
        Assert.Equal(48, calibration.PairCount);
        Assert.Equal(calibration, hours.Calibration);
        Assert.All(hours.Points.Zip(reference), p => Assert.Equal(p.Second.Value, p.First.CalibratedMean!.Value, 1e-9));
    }

    [Fact]
    public async Task CalibrateAsync_TooFewPairs_RefusedAndNothingKept()
    {
        var (_, grain) = await RegisterAsync(SensorKind.AirQuality, [SensorQuantities.No2]);
        var hour = HourRollup.HourOf(Now.AddHours(-2));
        await grain.IngestAsync([new SensorReading(hour.AddMinutes(5), SensorQuantities.No2, 20)]);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            grain.CalibrateAsync(new CalibrationRequest(SensorQuantities.No2, "reference", [new TimedValue(hour, 25)], [])));

        Assert.Contains("pairs", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await grain.GetCalibrationsAsync());
    }

    private async Task<(Sensor Sensor, ISensorGrain Grain)> RegisterAsync(
        SensorKind kind, string[] quantities, int retentionDays = 30, StreetSegment? segment = null, string? zone = null)
    {
        var area = TestArea.Next();
        var sensor = new Sensor(
            $"sensor-test-{Guid.NewGuid():N}", "test", kind, area.At(10, 10), 3, segment?.Id, zone,
            new SensorRegisterEntry("Gemeente Hilversum", "test", [.. quantities], "test", "DPIA-TEST", retentionDays, new DateOnly(2024, 1, 1), null, true, SensorStatus.Active));
        ICityEntity[] entities = segment is null ? [sensor] : [sensor, segment];
        await cluster.Writer.WriteAsync("sensors", CitySet.From(entities), "test sensor", cancellationToken: TestContext.Current.CancellationToken);
        return (sensor, cluster.Grains.GetGrain<ISensorGrain>(sensor.Id));
    }

    private static ImmutableArray<SensorReading> Hourly(DateTime first, int count, Func<int, double> value) =>
        [.. Enumerable.Range(0, count).Select(i => new SensorReading(first.AddHours(i), SensorQuantities.No2, value(i)))];

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return await read();
    }

    private sealed class CollectingObserver : ISensorObserver
    {
        private readonly System.Threading.Channels.Channel<SensorUpdate> _updates = System.Threading.Channels.Channel.CreateUnbounded<SensorUpdate>();

        public int Pending => _updates.Reader.Count;

        public void Updated(SensorUpdate update) => _updates.Writer.TryWrite(update);

        public async Task<SensorUpdate> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await _updates.Reader.ReadAsync(timeout.Token);
        }
    }
}
