using Twin.Models.Sensors;

namespace Twin.Grains.Sensors;

/// <summary>One sensor hour held in memory while it is being written: its raw parts, the keys of its readings and its aggregates.</summary>
internal sealed class LoadedHour(DateTime hour, List<StoredRecord<ReadingPart>> parts, StoredRecord<HourRollup> rollup)
{
    public DateTime Hour { get; } = hour;

    public List<StoredRecord<ReadingPart>> Parts { get; } = parts;

    public StoredRecord<HourRollup> Rollup { get; } = rollup;

    public HashSet<ReadingKey> Keys { get; } = [.. parts.SelectMany(p => p.State.Readings).Select(r => r.Key)];

    public long RawCount => Parts.Sum(p => (long)p.State.Readings.Count);
}
