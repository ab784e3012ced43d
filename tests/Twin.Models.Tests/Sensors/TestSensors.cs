using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Sensors;

/// <summary>Sensors with register entries for the ingest tests: a Snelliuslaan-like camera and an air-quality sensor.</summary>
internal static class TestSensors
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static Sensor Camera(SensorStatus status = SensorStatus.Active, DateOnly? endDate = null) => new(
        "camera-1", "Camera", SensorKind.TrafficCamera, new RdPoint(141000, 471000), 6, "segment-1", null,
        Register([SensorQuantities.VehicleCount, SensorQuantities.VehicleSpeed], 30, status, endDate));

    public static Sensor Air() => new(
        "air-1", "Air", SensorKind.AirQuality, new RdPoint(141010, 471010), 3, null, null,
        Register([SensorQuantities.No2, SensorQuantities.Pm10], 365, SensorStatus.Active, null));

    private static SensorRegisterEntry Register(string[] quantities, int retentionDays, SensorStatus status, DateOnly? endDate) => new(
        "Gemeente Hilversum", "test", [.. quantities], "Gemeentewet art. 160", "DPIA-TEST", retentionDays,
        new DateOnly(2024, 1, 1), endDate, IsPublic: true, status);
}
