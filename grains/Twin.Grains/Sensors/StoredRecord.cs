using System.Diagnostics.CodeAnalysis;

namespace Twin.Grains.Sensors;

/// <summary>One record of a sensor's history as the storage provider reads and writes it, with its ETag.</summary>
internal sealed class StoredRecord<T>(T state) : IGrainState<T>
    where T : class
{
    private T _state = state;

    /// <summary>A provider that finds no record may set null: the empty state given at construction stays then.</summary>
    [AllowNull]
    public T State
    {
        get => _state;
        set => _state = value ?? _state;
    }

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
