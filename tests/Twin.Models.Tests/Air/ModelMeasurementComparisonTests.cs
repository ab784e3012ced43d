using Twin.Models.Air;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Air;

public sealed class ModelMeasurementComparisonTests
{
    private static readonly AirQualitySettings Settings = AirQualitySettings.Default with
    {
        Background = new AirBackground(20, 40, 18, 11, 2024, "test"),
        SeaSaltCorrectionPm10 = 2,
    };

    private static readonly StreetAirQualityResult Run = new("t", 2024, 2024,
    [
        Segment("a", new RdPoint(1000, 1000), no2: 30, pm10: 20, pm25: 12),
        Segment("b", new RdPoint(2000, 1000), no2: 40, pm10: 24, pm25: 14),
    ], [], []);

    [Fact]
    public void Compare_HandComputedBiasAndRmse()
    {
        MeasuredConcentration[] measured =
        [
            new("s1", new RdPoint(1003, 1004), AirQuantity.NO2, 27), // 5 m from a: 30 − 27 = +3
            new("s2", new RdPoint(2000, 1010), AirQuantity.NO2, 45), // 10 m from b: 40 − 45 = −5
            new("s3", new RdPoint(5000, 5000), AirQuantity.NO2, 18), // far from both: background 20 − 18 = +2
            new("s1", new RdPoint(1003, 1004), AirQuantity.PM10, 19), // a: 20 − 19 = +1
        ];

        var report = ModelMeasurementComparison.Compare(Run, measured, Settings, maximumDistance: 25);

        Assert.True(report.Succeeded);
        var no2 = report.For(AirQuantity.NO2)!;
        Assert.Equal(3, no2.Count);
        Assert.Equal((3 - 5 + 2) / 3.0, no2.Bias, 1e-12);
        Assert.Equal(Math.Sqrt((9 + 25 + 4) / 3.0), no2.RootMeanSquareError, 1e-12);
        Assert.Equal((27 + 45 + 18) / 3.0, no2.MeanMeasured, 1e-12);
        var pm10 = report.For(AirQuantity.PM10)!;
        Assert.Equal(1, pm10.Count);
        Assert.Equal(1, pm10.Bias, 1e-12);
        Assert.Null(report.For(AirQuantity.PM25));
        Assert.Equal("a", report.Pairs[0].SegmentId);
        Assert.Equal(5, report.Pairs[0].Distance!.Value, 1e-12);
        Assert.Null(report.Pairs[2].SegmentId);
    }

    [Fact]
    public void Compare_SensorAwayFromStreets_PmTenBackgroundIsSeaSaltCorrected()
    {
        var report = ModelMeasurementComparison.Compare(Run, [new("park", new RdPoint(9000, 9000), AirQuantity.PM10, 15)], Settings);

        Assert.Equal(18 - 2, report.Pairs[0].Modelled);
    }

    [Fact]
    public void Compare_ReachZero_EverySensorGetsTheBackground()
    {
        var report = ModelMeasurementComparison.Compare(Run, [new("s1", new RdPoint(1003, 1004), AirQuantity.NO2, 27)], Settings, maximumDistance: 0);

        Assert.Equal(20, report.Pairs[0].Modelled);
    }

    [Fact]
    public void Compare_BadMeasurements_FailNamingTheSensor()
    {
        MeasuredConcentration[] measured =
        [
            new("s1", new RdPoint(0, 0), AirQuantity.NO2, double.NaN),
            new("s2", new RdPoint(0, 0), AirQuantity.NO2, -3),
            new("s3", new RdPoint(0, 0), (AirQuantity)9, 10),
            new("s4", new RdPoint(0, 0), AirQuantity.PM25, 8),
            new("s4", new RdPoint(0, 0), AirQuantity.PM25, 9),
        ];

        var report = ModelMeasurementComparison.Compare(Run, measured, Settings);

        Assert.False(report.Succeeded);
        Assert.Empty(report.Pairs);
        Assert.Contains(report.Problems, p => p.Subject == "sensor s1");
        Assert.Contains(report.Problems, p => p.Subject == "sensor s2" && p.Message.Contains("-3", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Subject == "sensor s3");
        Assert.Contains(report.Problems, p => p.Subject == "sensor s4" && p.Message.Contains("more than one", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_FailedRun_Refused()
    {
        var failed = StreetAirQualityResult.Failed(Settings, [new AirQualityProblem("x", "broken")]);

        var report = ModelMeasurementComparison.Compare(failed, [new("s1", new RdPoint(0, 0), AirQuantity.NO2, 20)], Settings);

        Assert.False(report.Succeeded);
    }

    private static SegmentAirQuality Segment(string id, RdPoint point, double no2, double pm10, double pm25) =>
        new(id, id, RoadType.Basis, 1, point, 1.5, 8, null, null, 1000, SpeedType.NormalUrban, 0, 1, 0.1, 0.05, 5, no2, pm10, pm25);
}
