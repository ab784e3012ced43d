namespace Twin.Models.Daylight;

/// <summary>One facade's possible sun hours (mean per day, and its best point's worst day) before and after a proposal.</summary>
[GenerateSerializer, Immutable, Alias("twin.daylight.facade-sun-change")]
public sealed record FacadeSunChange(
    [property: Id(0)] string BuildingId,
    [property: Id(1)] int Facade,
    [property: Id(2)] double MeanDailyHoursBefore,
    [property: Id(3)] double MeanDailyHoursAfter,
    [property: Id(4)] double MinDailyHoursBefore,
    [property: Id(5)] double MinDailyHoursAfter)
{
    public double MeanDailyHoursChange => MeanDailyHoursAfter - MeanDailyHoursBefore;
}
