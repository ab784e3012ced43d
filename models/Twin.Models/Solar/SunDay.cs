namespace Twin.Models.Solar;

/// <summary>
/// Sun transit, sunrise and sunset of one local calendar day, as clock times at the given UTC offset
/// (report appendix A.2). Sunrise and sunset are null on days the Sun does not cross the horizon
/// (polar day or night; <see cref="TransitElevation"/> tells which).
/// </summary>
public sealed record SunDay(DateOnly Date, DateTimeOffset Transit, DateTimeOffset? Sunrise, DateTimeOffset? Sunset)
{
    /// <summary>The Sun's elevation at transit, degrees, without refraction.</summary>
    public required double TransitElevation { get; init; }
}
