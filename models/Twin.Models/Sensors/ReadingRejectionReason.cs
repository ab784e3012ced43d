namespace Twin.Models.Sensors;

/// <summary>Why a reading was not stored.</summary>
public enum ReadingRejectionReason
{
    /// <summary>No sensor with this id is in the register.</summary>
    UnknownSensor = 1,

    /// <summary>The sensor is registered but not active (planned, suspended, retired, or outside its start and end dates).</summary>
    SensorNotActive = 2,

    /// <summary>The quantity is not in the sensor's register entry (plates, images and the like never are).</summary>
    QuantityNotRegistered = 3,

    /// <summary>NaN or infinite.</summary>
    ValueNotFinite = 4,

    /// <summary>Outside the plausible range of the quantity.</summary>
    ValueOutOfRange = 5,

    /// <summary>Later than now (beyond a small allowance for clock differences).</summary>
    TimestampInFuture = 6,

    /// <summary>Older than the sensor's retention period: it would be deleted at once.</summary>
    TimestampBeyondRetention = 7,

    /// <summary>A vehicle class or direction that is unknown, malformed, or given for a quantity that has none.</summary>
    InvalidDimension = 8,

    /// <summary>The timestamp is not UTC or is missing.</summary>
    InvalidTimestamp = 9,
}
