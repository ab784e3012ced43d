using Twin.Models.Air;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Models.Tests.Air;

public sealed class StreetAirQualityTests
{
    private static readonly StreetScene Canyon = new StreetScene().Row(10, 12).Row(-10, 12);

    [Fact]
    public void Calculate_BusyCanyon_TrafficAddsToEveryBackground()
    {
        var result = StreetAirQuality.Calculate(Canyon.City, StreetScene.Traffic(Canyon.Segment, 1200), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        var segment = Assert.Single(result.Segments);
        var background = AirBackground.HilversumEstimate;
        Assert.Equal("s1", segment.SegmentId);
        Assert.Equal("Teststraat", segment.StreetName);
        Assert.True(segment.NO2 > background.NO2);
        Assert.True(segment.PM10 > background.PM10 - 2);
        Assert.True(segment.PM25 > background.PM25);
        Assert.Equal(2004, result.EmissionYear);
        Assert.Equal(background.Year, result.BackgroundYear);
    }

    [Fact]
    public void Calculate_PeakHourToDay_DividesByThePeakHourShare()
    {
        var settings = AirQualitySettings.Default with { Traffic = TrafficConversion.Default with { PeakHourShare = 0.1 } };

        var segment = StreetAirQuality.Calculate(Canyon.City, StreetScene.Traffic(Canyon.Segment, 900), settings, cancellationToken: TestContext.Current.CancellationToken).Segments[0];

        Assert.Equal(9000, segment.VehiclesPerDay, 1e-9);
    }

    [Fact]
    public void Calculate_PmTen_SeaSaltCorrected()
    {
        var with = StreetAirQuality.Calculate(Canyon.City, StreetScene.Traffic(Canyon.Segment, 1200), cancellationToken: TestContext.Current.CancellationToken).Segments[0];
        var without = StreetAirQuality.Calculate(Canyon.City, StreetScene.Traffic(Canyon.Segment, 1200), AirQualitySettings.Default with { SeaSaltCorrectionPm10 = 0 }, cancellationToken: TestContext.Current.CancellationToken).Segments[0];

        Assert.Equal(2, without.PM10 - with.PM10, 1e-12);
        Assert.Equal(without.NO2, with.NO2);
    }

    [Fact]
    public void Calculate_ClosedStreet_BackgroundOnly()
    {
        var closed = new SegmentTraffic("s1", "Teststraat", 0, 0, 0, 0, true);

        var segment = StreetAirQuality.Calculate(Canyon.City, [closed], cancellationToken: TestContext.Current.CancellationToken).Segments[0];

        Assert.Equal(0, segment.VehiclesPerDay);
        Assert.Equal(AirBackground.HilversumEstimate.NO2, segment.NO2);
        Assert.Equal(AirBackground.HilversumEstimate.PM10 - 2, segment.PM10);
    }

    [Fact]
    public void Calculate_TreeFactor_ScalesTheTrafficContribution()
    {
        var leafy = new StreetScene().Row(10, 12).Row(-10, 12).Trees(6, 8, 10).Trees(-6, 8, 10);

        var bare = StreetAirQuality.Calculate(Canyon.City, StreetScene.Traffic(Canyon.Segment, 1200), cancellationToken: TestContext.Current.CancellationToken).Segments[0];
        var trees = StreetAirQuality.Calculate(leafy.City, StreetScene.Traffic(leafy.Segment, 1200), cancellationToken: TestContext.Current.CancellationToken).Segments[0];

        Assert.Equal(1.5, trees.TreeFactor);
        Assert.Equal(1.5 * bare.NOxContribution, trees.NOxContribution, 1e-9);
    }

    [Fact]
    public void Calculate_Congestion_StagnationRaisesEmission()
    {
        var free = StreetAirQuality.Calculate(Canyon.City, StreetScene.Traffic(Canyon.Segment, 1200, 0.5, 40), cancellationToken: TestContext.Current.CancellationToken).Segments[0];
        var jammed = StreetAirQuality.Calculate(Canyon.City, StreetScene.Traffic(Canyon.Segment, 1200, 1.3, 12), cancellationToken: TestContext.Current.CancellationToken).Segments[0];

        Assert.Equal(0, free.StagnationFactor);
        Assert.Equal(TrafficConversion.Default.CongestedShareOfDay, jammed.StagnationFactor, 1e-12);
        Assert.True(jammed.NOxEmission > free.NOxEmission);
    }

    [Theory]
    [InlineData(30, 0, SpeedType.NormalUrban)]
    [InlineData(50, 45, SpeedType.FlowingUrban)]
    [InlineData(50, 20, SpeedType.NormalUrban)]
    [InlineData(80, 70, SpeedType.Rural)]
    public void SpeedTypeOf_LimitAndCongestedSpeed(double limit, double congested, SpeedType expected)
    {
        Assert.Equal(expected, TrafficConversion.SpeedTypeOf(limit, congested));
    }

    [Fact]
    public void StagnationOf_LinearBetweenStartAndFull()
    {
        var conversion = TrafficConversion.Default;

        Assert.Equal(0, conversion.StagnationOf(0.8, 40));
        Assert.Equal(0.5 * conversion.CongestedShareOfDay, conversion.StagnationOf(1.0, 40), 1e-12);
        Assert.Equal(conversion.CongestedShareOfDay, conversion.StagnationOf(2.0, 40), 1e-12);
    }

    [Fact]
    public void Calculate_UnknownSegmentInTraffic_FailsNamingIt()
    {
        SegmentTraffic[] traffic = [.. StreetScene.Traffic(Canyon.Segment, 1200), new SegmentTraffic("ghost", "Nergensweg", 10, 10, 0.1, 30, false)];

        var result = StreetAirQuality.Calculate(Canyon.City, traffic, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Segments);
        Assert.Contains(result.Problems, p => p.Subject == "traffic.ghost" && p.Message.Contains("ghost", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-5, 0, 0.5, 30, "forward flow -5")]
    [InlineData(double.NaN, 0, 0.5, 30, "forward flow NaN")]
    [InlineData(10, 10, -0.1, 30, "V/C -0.1")]
    [InlineData(10, 10, 0.5, double.PositiveInfinity, "congested speed")]
    public void Calculate_BadTraffic_FailsNamingTheField(double forward, double backward, double vc, double speed, string expected)
    {
        var result = StreetAirQuality.Calculate(Canyon.City, [new SegmentTraffic("s1", "Teststraat", forward, backward, vc, speed, false)], cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Subject == "traffic.s1" && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_DuplicateTraffic_Fails()
    {
        var traffic = StreetScene.Traffic(Canyon.Segment, 100).AddRange(StreetScene.Traffic(Canyon.Segment, 200));

        var result = StreetAirQuality.Calculate(Canyon.City, traffic, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(result.Problems, p => p.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_BadSettings_FailsNamingEveryField()
    {
        var settings = AirQualitySettings.Default with
        {
            WindSpeedFactor = 0,
            Background = AirBackground.HilversumEstimate with { NO2 = double.NaN },
            Traffic = TrafficConversion.Default with { ResidentialMix = new VehicleMix(0.5, 0.1, 0.1, 0.1) },
        };

        var result = StreetAirQuality.Calculate(Canyon.City, StreetScene.Traffic(Canyon.Segment, 1200), settings, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Subject == "wind-speed-factor");
        Assert.Contains(result.Problems, p => p.Subject == "background.no2");
        Assert.Contains(result.Problems, p => p.Subject == "traffic.mix.residential" && p.Message.Contains("0.8", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_SegmentWithoutTraffic_BackgroundWithAWarning()
    {
        var scene = new StreetScene().Add(new StreetSegment("s2", new RdLine(new RdPoint(0, 50), new RdPoint(100, 50)), "c", "d", 1, 30, 600, RoadClass.Residential, false, "Zijstraat", 5));

        var result = StreetAirQuality.Calculate(scene.City, StreetScene.Traffic(scene.Segment, 500), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Segments.Length);
        Assert.Equal(AirBackground.HilversumEstimate.NO2, result.Segments[1].NO2);
        Assert.Contains(result.Warnings, w => w.Subject == "s2");
    }

    [Fact]
    public void Calculate_Motorway_WarnsOutsideSrm1Scope()
    {
        var scene = new StreetScene(width: 20, speedLimit: 100, roadClass: RoadClass.Motorway);

        var result = StreetAirQuality.Calculate(scene.City, StreetScene.Traffic(scene.Segment, 4000), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(SpeedType.Rural, result.Segments[0].SpeedType);
        Assert.Contains(result.Warnings, w => w.Message.Contains("SRM2", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculate_HeavierMix_MoreNoxPerVehicle()
    {
        var residential = new StreetScene(roadClass: RoadClass.Residential, speedLimit: 30);
        var arterial = new StreetScene(roadClass: RoadClass.Arterial, speedLimit: 30);

        var light = StreetAirQuality.Calculate(residential.City, StreetScene.Traffic(residential.Segment, 800), cancellationToken: TestContext.Current.CancellationToken).Segments[0];
        var heavy = StreetAirQuality.Calculate(arterial.City, StreetScene.Traffic(arterial.Segment, 800), cancellationToken: TestContext.Current.CancellationToken).Segments[0];

        Assert.True(heavy.NOxEmission > light.NOxEmission);
    }
}
