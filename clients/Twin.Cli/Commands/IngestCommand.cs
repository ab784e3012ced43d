using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Spectre.Console;
using Twin.Api.V1;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin ingest replay FILE.csv --speed 60</c>: sends the readings of a CSV file as a live stream,
/// paced by their timestamps (60 = an hour of readings in a minute; 0 = as fast as the server takes
/// them), with a progress bar; every rejected reading is reported with its reason.
/// </summary>
public static class IngestCommand
{
    private const int MaxBatch = 1_000;

    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var file = new Argument<string>("file") { Description = "CSV with header sensor_id,time,quantity,value[,vehicle_class,direction]" };
        var speed = new Option<double>("--speed") { Description = "How many times faster than real time (default 60; 0 = as fast as possible)", DefaultValueFactory = _ => 60 };
        var shift = new Option<bool>("--shift-to-now") { Description = "Move all timestamps so the last reading is now (replays old files as recent data)" };
        var replay = new Command("replay", "Replay a CSV of readings as a live stream") { file, speed, shift };
        replay.SetAction(run(async (context, result, cancellationToken) =>
        {
            if (result.GetValue(speed) < 0)
            {
                throw new UsageException("--speed must be 0 or more");
            }

            var readings = ReadingCsv.Read(result.GetValue(file)!).OrderBy(r => r.Time).ToList();
            if (readings.Count == 0)
            {
                throw new InvalidInputException($"{result.GetValue(file)}: no readings");
            }

            if (result.GetValue(shift))
            {
                var by = DateTimeOffset.UtcNow - readings[^1].Time;
                readings = [.. readings.Select(r => (r.Time + by, Moved(r.Reading, by)))];
            }

            using var client = context.Connect();
            var tally = await ReplayAsync(context, client.Sensors, readings, result.GetValue(speed), cancellationToken);
            tally.Report(context);
            return tally.Rejected > 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        }));
        var command = new Command("ingest", "Send sensor readings to the server");
        command.Add(replay);
        return command;
    }

    private static async Task<ReplayTally> ReplayAsync(
        CliContext context, SensorService.SensorServiceClient sensors, List<(DateTimeOffset Time, Reading Reading)> readings, double speed, CancellationToken cancellationToken)
    {
        var tally = new ReplayTally(readings.Count);
        using var call = sensors.Ingest(cancellationToken: cancellationToken);
        var acknowledgements = Task.Run(async () =>
        {
            await foreach (var ack in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                tally.Add(ack);
            }
        }, cancellationToken);

        await context.Console.Progress().AutoClear(false).StartAsync(async progress =>
        {
            var task = progress.AddTask($"Replaying {readings.Count:N0} readings", maxValue: readings.Count);
            var clock = Stopwatch.StartNew();
            var first = readings[0].Time;
            var next = 0;
            ulong sequence = 0;
            while (next < readings.Count)
            {
                var due = speed == 0 ? TimeSpan.Zero : (readings[next].Time - first) / speed;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken);
                }

                var batch = new ReadingBatch { Sequence = ++sequence };
                while (next < readings.Count && batch.Readings.Count < MaxBatch
                    && (speed == 0 || (readings[next].Time - first) / speed <= clock.Elapsed))
                {
                    batch.Readings.Add(readings[next++].Reading);
                }

                await call.RequestStream.WriteAsync(batch, cancellationToken);
                task.Value = next;
            }

            await call.RequestStream.CompleteAsync();
            await acknowledgements;
            task.Value = readings.Count;
        });
        return tally;
    }

    private static Reading Moved(Reading reading, TimeSpan by)
    {
        var moved = reading.Clone();
        moved.Time = Timestamp.FromDateTimeOffset(reading.Time.ToDateTimeOffset() + by);
        return moved;
    }

    private sealed class ReplayTally(int sent)
    {
        private readonly Dictionary<ReadingRejectionReason, (int Count, string Example)> _reasons = [];

        public int Accepted { get; private set; }

        public int Stored { get; private set; }

        public int Duplicates { get; private set; }

        public int Rejected { get; private set; }

        public void Add(IngestAck ack)
        {
            Accepted += ack.Accepted;
            Stored += ack.Stored;
            Duplicates += ack.Duplicates;
            Rejected += ack.Rejected;
            foreach (var rejection in ack.Rejections)
            {
                var known = _reasons.TryGetValue(rejection.Reason, out var seen) ? seen : (Count: 0, Example: $"{rejection.SensorId}: {rejection.Message}");
                _reasons[rejection.Reason] = (known.Count + 1, known.Example);
            }
        }

        public void Report(CliContext context)
        {
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Sent {sent:N0} readings: {Accepted:N0} accepted ({Stored:N0} stored, {Duplicates:N0} already stored), {Rejected:N0} rejected."));
            foreach (var (reason, (count, example)) in _reasons.OrderByDescending(r => r.Value.Count))
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count:N0} {Reason(reason)}, for example {example}"));
            }
        }

        private static string Reason(ReadingRejectionReason reason) =>
            reason.ToString().Replace("ReadingRejectionReason", "", StringComparison.Ordinal) switch
            {
                var name => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
            };
    }
}
