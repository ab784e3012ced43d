namespace Twin.Models.Sensors;

/// <summary>A reading that was not stored: its position in the batch it came in, why, and a message naming the value.</summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.reading-rejection")]
public sealed record ReadingRejection(
    [property: Id(0)] int Index,
    [property: Id(1)] ReadingRejectionReason Reason,
    [property: Id(2)] string Message);
