namespace Twin.Models.City;

/// <summary>The status of a sensor in the public register; only active sensors may send data.</summary>
public enum SensorStatus
{
    Planned = 1,
    Active = 2,
    Suspended = 3,
    Retired = 4,
}
