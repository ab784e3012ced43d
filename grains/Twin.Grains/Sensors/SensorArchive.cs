using Orleans.Storage;
using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>
/// A sensor's history in the configured grain storage, as many small records rather than one growing
/// state: raw readings in parts of at most <see cref="ReadingPart.Capacity"/> per hour, one aggregate
/// record per hour, one index record per month. A write touches the records of its own hours only.
/// </summary>
internal sealed class SensorArchive(IGrainStorage storage, string sensorId)
{
    private const string StateName = "sensor-archive";
    private const int MaxLoadedHours = 4;
    private const int MaxCachedRollups = 2_000;

    private readonly Dictionary<DateTime, LoadedHour> _loaded = [];
    private readonly Dictionary<DateTime, StoredRecord<HourRollup>> _rollups = [];
    private readonly Dictionary<DateTime, StoredRecord<SensorMonth>> _months = [];

    /// <summary>
    /// Stores the readings of one hour that are not stored yet and updates the hour's aggregates and
    /// the month index. Returns the newly stored readings; the rest were duplicates.
    /// </summary>
    public async Task<List<SensorReading>> AppendAsync(DateTime hour, IEnumerable<SensorReading> readings, double? speedLimit)
    {
        var loaded = await LoadHourAsync(hour, speedLimit);
        var fresh = readings.Where(r => loaded.Keys.Add(r.Key)).ToList();
        if (fresh.Count == 0)
        {
            return fresh;
        }

        try
        {
            var partsBefore = loaded.Parts.Count;
            await WritePartsAsync(loaded, fresh);
            foreach (var reading in fresh)
            {
                loaded.Rollup.State.Add(reading, speedLimit);
            }

            await storage.WriteStateAsync(StateName, RollupId(hour), loaded.Rollup);
            if (loaded.Parts.Count != partsBefore)
            {
                await IndexAsync(hour, loaded.Parts.Count);
            }
        }
        catch
        {
            // Memory and storage may now disagree: forget the hour so the next write reads it back.
            _loaded.Remove(hour);
            _rollups.Remove(hour);
            throw;
        }

        return fresh;
    }

    public async Task<HourRollup?> GetRollupAsync(DateTime hour)
    {
        if (_loaded.TryGetValue(hour, out var loaded))
        {
            return loaded.Rollup.State;
        }

        if (!_rollups.TryGetValue(hour, out var rollup))
        {
            rollup = await ReadAsync<HourRollup>(RollupId(hour));
            if (_rollups.Count >= MaxCachedRollups)
            {
                _rollups.Clear();
            }

            _rollups[hour] = rollup;
        }

        return rollup.RecordExists ? rollup.State : null;
    }

    public async Task<List<SensorReading>> GetRawAsync(DateTime hour)
    {
        if (_loaded.TryGetValue(hour, out var loaded))
        {
            return [.. loaded.Parts.SelectMany(p => p.State.Readings)];
        }

        var parts = await ReadPartsAsync(hour);
        return [.. parts.SelectMany(p => p.State.Readings)];
    }

    public async Task<SensorMonth> GetMonthAsync(DateTime month)
    {
        if (!_months.TryGetValue(month, out var state))
        {
            state = await ReadAsync<SensorMonth>(MonthId(month));
            _months[month] = state;
        }

        return state.State;
    }

    /// <summary>Deletes the raw parts of every hour of the month that ended before the cutoff; aggregates stay.</summary>
    public async Task<(int Hours, long Readings)> ClearBeforeAsync(DateTime month, DateTime cutoff)
    {
        var index = await GetMonthAsync(month);
        var expired = index.PartsByHour.Where(h => h.Key.AddHours(1) <= cutoff && !index.Cleared.Contains(h.Key)).ToList();
        long deleted = 0;
        foreach (var (hour, count) in expired)
        {
            _loaded.Remove(hour);
            for (var part = 0; part < count + 1; part++)
            {
                var state = await ReadAsync<ReadingPart>(PartId(hour, part));
                if (!state.RecordExists)
                {
                    break;
                }

                deleted += state.State.Readings.Count;
                await storage.ClearStateAsync(StateName, PartId(hour, part), state);
            }

            index.Cleared.Add(hour);
        }

        if (expired.Count > 0)
        {
            await storage.WriteStateAsync(StateName, MonthId(month), _months[month]);
        }

        return (expired.Count, deleted);
    }

    public static DateTime MonthOf(DateTime time) => new(time.Year, time.Month, 1, 0, 0, 0, DateTimeKind.Utc);

    private async Task<LoadedHour> LoadHourAsync(DateTime hour, double? speedLimit)
    {
        if (_loaded.TryGetValue(hour, out var loaded))
        {
            return loaded;
        }

        if (_loaded.Count >= MaxLoadedHours)
        {
            _loaded.Remove(_loaded.Keys.Min());
        }

        var parts = await ReadPartsAsync(hour);
        var rollup = await ReadAsync<HourRollup>(RollupId(hour));
        loaded = new LoadedHour(hour, parts, rollup);
        if (loaded.RawCount > rollup.State.Count)
        {
            // A write stopped between the raw part and its aggregates: rebuild the hour from its raw readings.
            // (Fewer raw readings than aggregated means retention deleted them: the aggregates stay.)
            rollup.State = new HourRollup { Hour = hour };
            foreach (var reading in parts.SelectMany(p => p.State.Readings))
            {
                rollup.State.Add(reading, speedLimit);
            }
        }

        rollup.State.Hour = hour;
        _rollups.Remove(hour);
        _loaded[hour] = loaded;
        return loaded;
    }

    private async Task WritePartsAsync(LoadedHour loaded, List<SensorReading> fresh)
    {
        var offset = 0;
        while (offset < fresh.Count)
        {
            var last = loaded.Parts.Count > 0 ? loaded.Parts[^1] : null;
            if (last is null || last.State.Readings.Count >= ReadingPart.Capacity)
            {
                last = new StoredRecord<ReadingPart>(new ReadingPart());
                loaded.Parts.Add(last);
            }

            var take = Math.Min(ReadingPart.Capacity - last.State.Readings.Count, fresh.Count - offset);
            last.State.Readings.AddRange(fresh.Skip(offset).Take(take));
            offset += take;
            await storage.WriteStateAsync(StateName, PartId(loaded.Hour, loaded.Parts.Count - 1), last);
        }
    }

    private async Task IndexAsync(DateTime hour, int parts)
    {
        var month = MonthOf(hour);
        await GetMonthAsync(month);
        var state = _months[month];
        state.State.PartsByHour[hour] = parts;
        await storage.WriteStateAsync(StateName, MonthId(month), state);
    }

    private async Task<List<StoredRecord<ReadingPart>>> ReadPartsAsync(DateTime hour)
    {
        // Parts are numbered from 0 without gaps; the first missing one ends the hour.
        var parts = new List<StoredRecord<ReadingPart>>();
        while (true)
        {
            var part = await ReadAsync<ReadingPart>(PartId(hour, parts.Count));
            if (!part.RecordExists)
            {
                return parts;
            }

            parts.Add(part);
        }
    }

    private async Task<StoredRecord<T>> ReadAsync<T>(GrainId id)
        where T : class, new()
    {
        var state = new StoredRecord<T>(new T());
        await storage.ReadStateAsync(StateName, id, state);
        return state;
    }

    private GrainId PartId(DateTime hour, int part) => GrainId.Create("twin-sensor-raw", $"{sensorId}/{hour:yyyyMMddHH}/{part}");

    private GrainId RollupId(DateTime hour) => GrainId.Create("twin-sensor-hour", $"{sensorId}/{hour:yyyyMMddHH}");

    private GrainId MonthId(DateTime month) => GrainId.Create("twin-sensor-month", $"{sensorId}/{month:yyyyMM}");
}
