using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>One write of entities into a dataset's baseline, and where they came from (a file name, "demo", ...).</summary>
public sealed record CityWrite(string Dataset, CitySet Entities, string Source)
{
    /// <summary>The id of the journaled import this write applies, or null for a write outside the journal.</summary>
    public string? Import { get; init; }
}
