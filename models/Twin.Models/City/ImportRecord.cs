namespace Twin.Models.City;

/// <summary>One change of the city (an import or a removal): what, when, how much, and the dataset version it produced.</summary>
[GenerateSerializer, Immutable, Alias("twin.city.import-record")]
public sealed record ImportRecord(
    [property: Id(0)] string Source,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int Created,
    [property: Id(3)] int Updated,
    [property: Id(7)] int Removed,
    [property: Id(4)] int Unchanged,
    [property: Id(5)] int Rejected,
    [property: Id(6)] long DatasetVersion)
{
    /// <summary>
    /// The id of the journaled import that made this change, or null: an import rolled forward after a crash
    /// that came after its record was written is recorded once, not twice.
    /// </summary>
    [Id(8)]
    public string? Import { get; init; }
}
