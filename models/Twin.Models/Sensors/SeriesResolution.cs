namespace Twin.Models.Sensors;

public enum SeriesResolution
{
    /// <summary>Every stored reading (within the retention period only).</summary>
    Raw = 0,

    /// <summary>Hourly aggregates, UTC hours.</summary>
    Hour = 1,

    /// <summary>Daily aggregates, UTC days, merged exactly from the hours.</summary>
    Day = 2,
}
