using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Twin.Grains.City;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Silo.Hosting;

namespace Twin.Silo.Sensors;

/// <summary>
/// The sensor register as the edges read and change it: all sensors of the dataset (gathered from
/// the tile grains, cached briefly), one by id, and register entries added or changed through the
/// same writer as imports, so tiles and the catalog follow.
/// </summary>
public sealed class SensorDirectory(IGrainFactory grains, CityReader reader, CityWriter writer, IOptions<TwinOptions> options, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly string _dataset = options.Value.Dataset;
    private (ImmutableArray<Sensor> Sensors, DateTimeOffset At)? _cache;

    public async Task<ImmutableArray<Sensor>> AllAsync(CancellationToken cancellationToken)
    {
        if (_cache is { } cache && time.GetUtcNow() - cache.At < CacheFor)
        {
            return cache.Sensors;
        }

        var stats = await grains.GetGrain<ICityGrain>(_dataset).GetStatsAsync(TileKey.BaseScenario);
        var sensors = stats.Extent.IsEmpty ? [] : await InAreaAsync(stats.Extent, cancellationToken);
        _cache = (sensors, time.GetUtcNow());
        return sensors;
    }

    public async Task<ImmutableArray<Sensor>> InAreaAsync(RdEnvelope box, CancellationToken cancellationToken)
    {
        var sensors = new List<Sensor>();
        await foreach (var set in reader.QueryAsync(_dataset, TileKey.BaseScenario, box, EntityKinds.Sensor, cancellationToken))
        {
            sensors.AddRange(set.Sensors);
        }

        return [.. sensors.DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    public Task<Sensor?> GetAsync(string id) => grains.GetGrain<ISensorGrain>(id).GetAsync();

    /// <summary>Adds or changes a register entry; the problems when the sensor is not valid (nothing changed then).</summary>
    public async Task<ImmutableArray<EntityProblem>> RegisterAsync(Sensor sensor, CancellationToken cancellationToken)
    {
        var result = await writer.WriteAsync(_dataset, CitySet.From([sensor]), $"sensor register: {sensor.Id}", cancellationToken: cancellationToken);
        _cache = null;
        return [.. result.Rejected.SelectMany(r => r.Problems)];
    }
}
