namespace Twin.Grains.Sensors;

/// <summary>What a retention pass deleted: raw readings of whole hours older than the register's retention; aggregates stay.</summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.retention-result")]
public sealed record RetentionResult(
    [property: Id(0)] int HoursCleared,
    [property: Id(1)] long ReadingsDeleted,
    [property: Id(2)] DateTime KeptFrom);
