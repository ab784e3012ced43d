using Twin.Models.Air;

namespace Twin.Models.Tests.Air;

public sealed class Srm1Tests
{
    [Fact]
    public void Emission_OneGramPerKilometreForADayOfVehicles_InMicrogramsPerMetrePerSecond()
    {
        // 86 400 vehicles a day at 1 g/km: 86 400 g per km per day = 1000 µg per m per day ... per second: 1000 µg/(m·s).
        Assert.Equal(1000, Srm1.Emission(86400, 1), 1e-9);
        // 15 000 light vehicles at 0.62 g/km NOx: 15 000 · 0.62 · 1000 / 86 400 = 107.64 µg/(m·s).
        Assert.Equal(107.638888, Srm1.Emission(15000, 0.62), 1e-5);
    }

    [Fact]
    public void TrafficContribution_IsTheProductOfItsFactors()
    {
        Assert.Equal(0.62 * 100 * 0.3 * 1.25 * 1.1, Srm1.TrafficContribution(100, 0.3, 1.25, 1.1), 1e-12);
        Assert.Equal(0, Srm1.TrafficContribution(0, 0.3, 1.5, 1));
    }

    [Fact]
    public void NitrogenDioxide_HandComputed()
    {
        // NO2 = 20 + 0.05·60 + 0.6·40·(0.95·60) / (0.95·60 + 100) = 20 + 3 + 24·57/157.
        var expected = 20 + 3 + (24 * 57 / 157.0);

        Assert.Equal(expected, Srm1.NitrogenDioxide(20, 40, 60, Srm1Chemistry.Default), 1e-12);
    }

    [Fact]
    public void NitrogenDioxide_NoTraffic_IsTheBackground()
    {
        Assert.Equal(21.5, Srm1.NitrogenDioxide(21.5, 45, 0, Srm1Chemistry.Default));
    }

    [Fact]
    public void NitrogenDioxide_LargeNox_OzoneConversionSaturatesAtBTimesOzone()
    {
        // Far more NO than ozone: the ozone part tends to B·O3 = 0.6 · 40 = 24, the rest is direct NO2.
        var chemistry = Srm1Chemistry.Default;
        var value = Srm1.NitrogenDioxide(20, 40, 1e7, chemistry);

        Assert.Equal(20 + (0.05 * 1e7) + 24, value, 1e-2);
    }

    [Theory]
    [InlineData(RoadType.Open)]
    [InlineData(RoadType.Basis)]
    [InlineData(RoadType.CanyonWide)]
    [InlineData(RoadType.CanyonNarrow)]
    [InlineData(RoadType.OneSided)]
    public void DilutionCurve_Defaults_PositiveAndFallingWithDistance(RoadType roadType)
    {
        var curve = DilutionCurves.Default.For(roadType);

        Assert.Null(curve.Problem());
        Assert.True(curve.At(5) > curve.At(20), $"{roadType}: {curve.At(5)} at 5 m should exceed {curve.At(20)} at 20 m");
        Assert.Equal(curve.At(30), curve.At(45));
    }

    [Fact]
    public void DilutionCurve_OpenTerrain_MeetsTheFarFieldPowerLawAt30Metres()
    {
        // The one internal check of the recalled type-1 coefficients: 0.856 · 30^-0.747.
        Assert.Equal(0.856 * Math.Pow(30, -0.747), DilutionCurves.Default.Open.At(30), 1e-3);
    }

    [Fact]
    public void DilutionCurve_Growing_IsAProblem()
    {
        Assert.NotNull(new DilutionCurve(0.01, 0, 0.1).Problem());
    }
}
