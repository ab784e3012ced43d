namespace Twin.Models.Daylight;

/// <summary>
/// A building's sun hours before and after a proposal: its best point's worst day and the mean daily hours,
/// and whether it meets the norm. "Before" is null for a building the proposal adds.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.daylight.building-sun-change")]
public sealed record BuildingSunChange(
    [property: Id(0)] string BuildingId,
    [property: Id(1)] int Dwellings,
    [property: Id(2)] double? MinDailyHoursBefore,
    [property: Id(3)] double MinDailyHoursAfter,
    [property: Id(4)] double? MeanDailyHoursBefore,
    [property: Id(5)] double MeanDailyHoursAfter,
    [property: Id(6)] bool? MetNormBefore,
    [property: Id(7)] bool MeetsNormAfter)
{
    public bool IsNew => MetNormBefore is null;

    /// <summary>A dwelling that met the norm and no longer does.</summary>
    public bool NewlyFails => Dwellings > 0 && MetNormBefore == true && !MeetsNormAfter;

    public double MeanDailyHoursChange => MeanDailyHoursAfter - (MeanDailyHoursBefore ?? 0);
}
