using System.Collections.Immutable;
using Twin.Grains.City;
using Twin.Models.Sensors;

namespace Twin.Silo.Sensors;

/// <summary>
/// Splits a batch of readings by sensor and hands each sensor its share in one grain call, all
/// sensors at once; answers when every sensor has stored its readings.
/// </summary>
public sealed class ReadingRouter(IGrainFactory grains, SensorMetrics metrics)
{
    public async Task<BatchOutcome> IngestAsync(IReadOnlyList<RoutedReading> readings)
    {
        if (readings.Count > SensorIngest.MaxBatch)
        {
            throw new ArgumentException($"a batch holds at most {SensorIngest.MaxBatch} readings; this one holds {readings.Count}");
        }

        var shares = Enumerable.Range(0, readings.Count).GroupBy(i => readings[i].SensorId, StringComparer.Ordinal).Select(async share =>
        {
            var indexes = share.ToArray();
            var result = await grains.GetGrain<ISensorGrain>(share.Key).IngestAsync([.. indexes.Select(i => readings[i].Reading)]);
            return (SensorId: share.Key, Indexes: indexes, Result: result);
        });
        var results = await Task.WhenAll(shares);

        var rejected = results
            .SelectMany(r => r.Result.Rejected.Select(x => new BatchRejection(r.Indexes[x.Index], r.SensorId, x.Reason, x.Message)))
            .OrderBy(r => r.Index)
            .ToImmutableArray();
        var outcome = new BatchOutcome(results.Sum(r => r.Result.Stored), results.Sum(r => r.Result.Duplicates), rejected);
        metrics.Record(outcome);
        return outcome;
    }
}
