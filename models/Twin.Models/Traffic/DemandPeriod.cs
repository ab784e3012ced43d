namespace Twin.Models.Traffic;

/// <summary>The period a demand matrix covers.</summary>
public enum DemandPeriod
{
    /// <summary>The morning peak hour (trips per hour): outbound from homes, inbound to work and school.</summary>
    MorningPeakHour = 0,

    /// <summary>An average weekday (trips per day): every trip end counted once, half leaving, half arriving.</summary>
    Day = 1,
}
