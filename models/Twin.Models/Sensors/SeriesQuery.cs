namespace Twin.Models.Sensors;

/// <summary>
/// What a series query asks: one quantity of one sensor over [From, To), at a resolution, optionally
/// for one vehicle class or direction only (null: all of them together).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.sensors.series-query")]
public sealed record SeriesQuery(
    [property: Id(0)] string Quantity,
    [property: Id(1)] DateTime From,
    [property: Id(2)] DateTime To,
    [property: Id(3)] SeriesResolution Resolution,
    [property: Id(4)] string? VehicleClass = null,
    [property: Id(5)] string? Direction = null)
{
    /// <summary>The most hourly or daily points one query returns (a year of hours).</summary>
    public const int MaxPoints = 24 * 366;

    /// <summary>The most raw readings one query returns.</summary>
    public const int MaxRawReadings = 100_000;

    /// <summary>Why the query cannot be answered, or null.</summary>
    public string? Problem()
    {
        if (From.Kind != DateTimeKind.Utc || To.Kind != DateTimeKind.Utc)
        {
            return "from and to must be UTC";
        }

        if (To <= From)
        {
            return $"'to' ({To:O}) must be later than 'from' ({From:O})";
        }

        var step = Resolution == SeriesResolution.Day ? TimeSpan.FromDays(1) : TimeSpan.FromHours(1);
        return Resolution != SeriesResolution.Raw && (To - From) / step > MaxPoints
            ? $"the range holds more than {MaxPoints} {Resolution.ToString().ToLowerInvariant()}s; ask for a shorter range or a coarser resolution"
            : null;
    }
}
