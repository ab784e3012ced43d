using System.Collections.Concurrent;
using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Twin.Api.V1;
using Twin.Client;

namespace Twin.Testing;

/// <summary>
/// A sensor operator's client that keeps going: sends batches of readings round the sensors and reads a
/// sensor back after each, repeating a call that fails (a silo went down) until it succeeds. Remembers
/// every reading the server acknowledged, and when each call succeeded.
/// </summary>
public sealed class ReadingLoad(TwinClient client, IReadOnlyList<string> sensors, DateTime start, int batchSize = 50)
{
    private readonly ConcurrentDictionary<string, List<DateTime>> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(long Ticks, bool Failed)> _calls = new();
    private readonly int[] _next = new int[sensors.Count];
    private int _batch;

    public DateTime Start => start;

    public int Failures => _calls.Count(c => c.Failed);

    public IReadOnlyList<DateTime> Acknowledged(string sensor) => _acknowledged.TryGetValue(sensor, out var times) ? times : [];

    /// <summary>Seconds from a moment (<see cref="Stopwatch.GetTimestamp"/>) to the first call that succeeded after it; NaN when none did.</summary>
    public double FirstSuccessAfter(long started)
    {
        var first = _calls.Where(c => !c.Failed && c.Ticks >= started).Select(c => c.Ticks).DefaultIfEmpty(long.MaxValue).Min();
        return first == long.MaxValue ? double.NaN : (first - started) / (double)Stopwatch.Frequency;
    }

    /// <summary>
    /// Seconds from a moment to the first successful call after the last failed one since that moment: from then on
    /// every call succeeded. The first success when no call failed; NaN when the last call failed.
    /// </summary>
    public double AllSucceedingAfter(long started)
    {
        var lastFailure = _calls.Where(c => c.Failed && c.Ticks >= started).Select(c => c.Ticks).DefaultIfEmpty(started).Max();
        return FirstSuccessAfter(lastFailure) is var seconds && double.IsNaN(seconds) ? seconds : seconds + ((lastFailure - started) / (double)Stopwatch.Frequency);
    }

    /// <summary>Sends this many batches (each acknowledged, retried until it is) with a query after each.</summary>
    public async Task RunAsync(int batches, CancellationToken cancellationToken)
    {
        for (var i = 0; i < batches; i++)
        {
            var index = _batch++ % sensors.Count;
            var sensor = sensors[index];
            var batch = new ReadingBatch { Sequence = (ulong)_batch };
            var times = Enumerable.Range(_next[index], batchSize).Select(n => start.AddSeconds(n)).ToList();
            _next[index] += batchSize;
            batch.Readings.AddRange(times.Select((t, n) => new Reading
            {
                SensorId = sensor, Quantity = "no2", Value = 10 + (n % 20), Time = Timestamp.FromDateTime(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
            }));
            var ack = await RepeatAsync(() => client.Sensors.IngestBatchAsync(batch, cancellationToken: cancellationToken).ResponseAsync, cancellationToken);
            if (ack.Stored + ack.Duplicates != batchSize)
            {
                throw new InvalidOperationException($"batch {batch.Sequence} for {sensor}: {ack.Stored} stored, {ack.Duplicates} duplicates, {ack.Rejected} rejected");
            }

            _acknowledged.GetOrAdd(sensor, _ => []).AddRange(times);
            await RepeatAsync(() => client.Sensors.GetSensorAsync(new GetSensorRequest { SensorId = sensors[(index + 1) % sensors.Count] }, cancellationToken: cancellationToken).ResponseAsync, cancellationToken);
        }
    }

    private async Task<T> RepeatAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var result = await call();
                _calls.Enqueue((Stopwatch.GetTimestamp(), false));
                return result;
            }
            catch (RpcException exception) when (exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown)
            {
                // The cluster is still finding out that a silo died: its grains answer again once they are reactivated.
                _calls.Enqueue((Stopwatch.GetTimestamp(), true));
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
