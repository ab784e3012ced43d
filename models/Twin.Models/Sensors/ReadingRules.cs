using System.Globalization;
using Twin.Models.City;

namespace Twin.Models.Sensors;

/// <summary>
/// Checks one reading against its sensor's register entry and the clock. A reading that fails is
/// rejected with the reason and never stored.
/// </summary>
public static class ReadingRules
{
    /// <summary>How far ahead of the server's clock a sensor's clock may run.</summary>
    public static readonly TimeSpan ClockAllowance = TimeSpan.FromMinutes(5);

    public const int MaxDirectionLength = 32;

    /// <summary>The reason the reading may not be stored, or null when it may.</summary>
    public static ReadingRejection? Check(Sensor? sensor, in SensorReading reading, int index, DateTimeOffset now)
    {
        if (sensor is null)
        {
            return new(index, ReadingRejectionReason.UnknownSensor, "the sensor is not in the register");
        }

        var register = sensor.Register;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!register.IsActiveOn(today))
        {
            return new(index, ReadingRejectionReason.SensorNotActive, $"sensor '{sensor.Id}' is {Describe(register, today)}");
        }

        if (!register.MaySend(reading.Quantity ?? ""))
        {
            return new(index, ReadingRejectionReason.QuantityNotRegistered,
                $"quantity '{reading.Quantity}' is not in the register entry of '{sensor.Id}' (it may send {string.Join(", ", register.Quantities)})");
        }

        return CheckValue(reading, index)
            ?? CheckTime(reading, index, now, register.RetentionDays)
            ?? CheckDimensions(reading, index);
    }

    private static ReadingRejection? CheckValue(in SensorReading reading, int index)
    {
        if (!double.IsFinite(reading.Value))
        {
            return new(index, ReadingRejectionReason.ValueNotFinite, $"value {Format(reading.Value)} of '{reading.Quantity}' is not a finite number");
        }

        // A registered quantity is always a known one: the register cannot list anything else.
        var quantity = SensorQuantities.All[reading.Quantity];
        return reading.Value < quantity.Minimum || reading.Value > quantity.Maximum
            ? new(index, ReadingRejectionReason.ValueOutOfRange,
                $"value {Format(reading.Value)} of '{reading.Quantity}' is outside {Format(quantity.Minimum)}..{Format(quantity.Maximum)} {quantity.Unit}")
            : null;
    }

    private static ReadingRejection? CheckTime(in SensorReading reading, int index, DateTimeOffset now, int retentionDays)
    {
        if (reading.Time.Kind != DateTimeKind.Utc || reading.Time == default)
        {
            return new(index, ReadingRejectionReason.InvalidTimestamp, "the timestamp must be given in UTC");
        }

        if (reading.Time > now.UtcDateTime + ClockAllowance)
        {
            return new(index, ReadingRejectionReason.TimestampInFuture,
                $"timestamp {reading.Time:O} is later than the server's clock ({now.UtcDateTime:O})");
        }

        var oldest = RetentionStart(now, retentionDays);
        return reading.Time < oldest
            ? new(index, ReadingRejectionReason.TimestampBeyondRetention,
                $"timestamp {reading.Time:O} is older than the sensor's retention of {retentionDays} days (oldest allowed {oldest:O})")
            : null;
    }

    private static ReadingRejection? CheckDimensions(in SensorReading reading, int index)
    {
        var hasDimensions = reading.VehicleClass is not null || reading.Direction is not null;
        if (!hasDimensions)
        {
            return null;
        }

        if (reading.Quantity is not (SensorQuantities.VehicleCount or SensorQuantities.VehicleSpeed))
        {
            return new(index, ReadingRejectionReason.InvalidDimension,
                $"quantity '{reading.Quantity}' has no vehicle class or direction");
        }

        if (reading.VehicleClass is not null && !VehicleClasses.All.Contains(reading.VehicleClass))
        {
            return new(index, ReadingRejectionReason.InvalidDimension,
                $"vehicle class '{reading.VehicleClass}' is not one of {string.Join(", ", VehicleClasses.All.Order(StringComparer.Ordinal))}");
        }

        return reading.Direction is not null && !IsDirection(reading.Direction)
            ? new(index, ReadingRejectionReason.InvalidDimension,
                $"direction '{reading.Direction}' must be 1 to {MaxDirectionLength} lower-case letters, digits, '-' or '_'")
            : null;
    }

    /// <summary>The oldest timestamp a sensor with this retention may still send.</summary>
    public static DateTime RetentionStart(DateTimeOffset now, int retentionDays) => now.UtcDateTime.AddDays(-retentionDays);

    private static bool IsDirection(string direction) =>
        direction.Length is > 0 and <= MaxDirectionLength
        && direction.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');

    private static string Describe(SensorRegisterEntry register, DateOnly today) =>
        register.Status != SensorStatus.Active ? $"{register.Status.ToString().ToLowerInvariant()} in the register"
        : today < register.StartDate ? $"not active before {register.StartDate:yyyy-MM-dd}"
        : $"not active after {register.EndDate:yyyy-MM-dd}";

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
