using Twin.Models.City;
using Twin.Models.Sensors;

namespace Twin.Models.Tests.Sensors;

public sealed class ReadingRulesTests
{
    private static readonly DateTime Recent = TestSensors.Now.UtcDateTime.AddMinutes(-10);

    [Fact]
    public void Check_ValidSpeedWithClassAndDirection_Accepted()
    {
        var reading = new SensorReading(Recent, SensorQuantities.VehicleSpeed, 42.5, VehicleClasses.Light, "noord");

        Assert.Null(ReadingRules.Check(TestSensors.Camera(), reading, 0, TestSensors.Now));
    }

    public static TheoryData<string, double, string?, string?, int, ReadingRejectionReason> Rejected() => new()
    {
        { "licence_plate", 1, null, null, 0, ReadingRejectionReason.QuantityNotRegistered },
        { SensorQuantities.No2, 20, null, null, 0, ReadingRejectionReason.QuantityNotRegistered },
        { SensorQuantities.VehicleSpeed, double.NaN, null, null, 0, ReadingRejectionReason.ValueNotFinite },
        { SensorQuantities.VehicleSpeed, double.PositiveInfinity, null, null, 0, ReadingRejectionReason.ValueNotFinite },
        { SensorQuantities.VehicleSpeed, -3, null, null, 0, ReadingRejectionReason.ValueOutOfRange },
        { SensorQuantities.VehicleSpeed, 400, null, null, 0, ReadingRejectionReason.ValueOutOfRange },
        { SensorQuantities.VehicleSpeed, 30, null, null, 6, ReadingRejectionReason.TimestampInFuture },
        { SensorQuantities.VehicleSpeed, 30, null, null, -31 * 24 * 60, ReadingRejectionReason.TimestampBeyondRetention },
        { SensorQuantities.VehicleSpeed, 30, "tank", null, 0, ReadingRejectionReason.InvalidDimension },
        { SensorQuantities.VehicleSpeed, 30, null, "North; DROP TABLE", 0, ReadingRejectionReason.InvalidDimension },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Check_BadReading_RejectedWithReason(string quantity, double value, string? vehicleClass, string? direction, int minutesFromNow, ReadingRejectionReason reason)
    {
        var reading = new SensorReading(TestSensors.Now.UtcDateTime.AddMinutes(minutesFromNow), quantity, value, vehicleClass, direction);

        var rejection = ReadingRules.Check(TestSensors.Camera(), reading, 7, TestSensors.Now);

        Assert.NotNull(rejection);
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal(7, rejection.Index);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Message));
    }

    [Fact]
    public void Check_UnknownSensor_Rejected()
    {
        var rejection = ReadingRules.Check(null, new SensorReading(Recent, SensorQuantities.No2, 20), 0, TestSensors.Now);

        Assert.Equal(ReadingRejectionReason.UnknownSensor, rejection?.Reason);
    }

    [Fact]
    public void Check_SuspendedOrEndedSensor_NotActive()
    {
        var reading = new SensorReading(Recent, SensorQuantities.VehicleCount, 3);

        Assert.Equal(ReadingRejectionReason.SensorNotActive, ReadingRules.Check(TestSensors.Camera(SensorStatus.Suspended), reading, 0, TestSensors.Now)?.Reason);
        Assert.Equal(ReadingRejectionReason.SensorNotActive, ReadingRules.Check(TestSensors.Camera(endDate: new DateOnly(2026, 6, 30)), reading, 0, TestSensors.Now)?.Reason);
    }

    [Fact]
    public void Check_DimensionOnAirQuality_Rejected()
    {
        var reading = new SensorReading(Recent, SensorQuantities.No2, 20, VehicleClasses.Light);

        Assert.Equal(ReadingRejectionReason.InvalidDimension, ReadingRules.Check(TestSensors.Air(), reading, 0, TestSensors.Now)?.Reason);
    }

    [Fact]
    public void Check_LocalTimestamp_Rejected()
    {
        var reading = new SensorReading(DateTime.SpecifyKind(Recent, DateTimeKind.Local), SensorQuantities.No2, 20);

        Assert.Equal(ReadingRejectionReason.InvalidTimestamp, ReadingRules.Check(TestSensors.Air(), reading, 0, TestSensors.Now)?.Reason);
    }

    [Fact]
    public void Check_ClockOfSensorSlightlyAhead_Accepted()
    {
        var reading = new SensorReading(TestSensors.Now.UtcDateTime.AddMinutes(4), SensorQuantities.No2, 20);

        Assert.Null(ReadingRules.Check(TestSensors.Air(), reading, 0, TestSensors.Now));
    }

    [Fact]
    public void Check_MixedBatch_SplitsValidFromRejectedKeepingIndexes()
    {
        SensorReading[] batch =
        [
            new(Recent, SensorQuantities.No2, 20),
            new(Recent, SensorQuantities.No2, double.NaN),
            new(Recent, "image", 1),
            new(Recent.AddMinutes(1), SensorQuantities.Pm10, 18),
        ];

        var (valid, rejected) = SensorIngest.Check(TestSensors.Air(), batch, TestSensors.Now);

        Assert.Equal([batch[0], batch[3]], valid);
        Assert.Equal([1, 2], rejected.Select(r => r.Index));
    }
}
