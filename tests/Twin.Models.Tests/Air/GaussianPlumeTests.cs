using Twin.Models.Air;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Air;

public sealed class GaussianPlumeTests
{
    [Fact]
    public void Concentration_DeVisscherExample21_EveryCaseWithinItsTolerance()
    {
        var cases = PlumeExamples.Cases();

        Assert.NotEmpty(cases);
        foreach (var c in cases)
        {
            // The file's wind direction is implicit: plume coordinates are used as they are.
            var plume = new GaussianPlume(new PlumeMeteorology(c.WindSpeed, 270, c.Stability) { Terrain = c.Terrain });
            var spread = BriggsDispersion.At(c.Receptor.X, c.Stability, c.Terrain);

            var concentration = plume.Concentration(c.EmissionRate, c.EffectiveHeight, c.Receptor.X, c.Receptor.Y, c.Receptor.Z);

            Assert.True(Math.Abs(concentration - c.Concentration) <= c.Tolerance, $"{c.Name}: {concentration} vs {c.Concentration} ± {c.Tolerance}");
            // The file prints σ to 1 mm.
            Assert.Equal(c.Spread.SigmaY, spread.SigmaY, 1e-3);
            Assert.Equal(c.Spread.SigmaZ, spread.SigmaZ, 1e-3);
        }
    }

    [Fact]
    public void Concentration_WestWindInRdNew_ReceptorsEastGetTheReferenceValuesWestGetNothing()
    {
        var cases = PlumeExamples.Cases();
        var axis = cases.Single(c => c.Receptor.Y == 0);
        var offAxis = cases.Single(c => c.Receptor.Y != 0);
        var source = new PointSource(new RdPoint(140_000, 470_000), axis.EmissionRate, axis.EffectiveHeight);
        var plume = new GaussianPlume(new PlumeMeteorology(axis.WindSpeed, 270, axis.Stability));

        var east = plume.Concentration(source, new RdPoint(141_500, 470_000), 0);
        var eastNorth = plume.Concentration(source, new RdPoint(141_500, 470_000 + offAxis.Receptor.Y), 0);
        var west = plume.Concentration(source, new RdPoint(138_500, 470_000), 0);

        Assert.Equal(axis.Concentration, east, axis.Tolerance);
        Assert.Equal(offAxis.Concentration, eastNorth, offAxis.Tolerance);
        Assert.Equal(0, west);
    }

    [Theory]
    [InlineData(0, 0, -1)]
    [InlineData(90, -1, 0)]
    [InlineData(180, 0, 1)]
    [InlineData(225, 0.7071067811865476, 0.7071067811865476)]
    public void PlumeCoordinates_WindFromDirection_DownwindPointsAwayFromIt(double direction, double towardsX, double towardsY)
    {
        var plume = new GaussianPlume(new PlumeMeteorology(5, direction, StabilityClass.D));
        var source = new RdPoint(1000, 2000);

        var (downwind, crosswind) = plume.PlumeCoordinates(source, new RdPoint(1000 + (100 * towardsX), 2000 + (100 * towardsY)));
        var (upwind, _) = plume.PlumeCoordinates(source, new RdPoint(1000 - (100 * towardsX), 2000 - (100 * towardsY)));

        Assert.Equal(100, downwind, 1e-9);
        Assert.Equal(0, crosswind, 1e-9);
        Assert.Equal(-100, upwind, 1e-9);
    }

    [Theory]
    [InlineData(StabilityClass.A, DispersionTerrain.Rural)]
    [InlineData(StabilityClass.D, DispersionTerrain.Rural)]
    [InlineData(StabilityClass.F, DispersionTerrain.Urban)]
    public void Concentration_MirroredCrosswind_SameValue(StabilityClass stability, DispersionTerrain terrain)
    {
        var plume = new GaussianPlume(new PlumeMeteorology(3, 200, stability) { Terrain = terrain });

        foreach (var y in new[] { 1.0, 10, 50, 200 })
        {
            var left = plume.Concentration(10, 20, 800, y, 1.5);
            var right = plume.Concentration(10, 20, 800, -y, 1.5);

            Assert.True(left > 0, $"y = {y}: nothing off the axis");
            Assert.Equal(left, right);
        }
    }

    [Fact]
    public void Concentration_AtAndUpwindOfTheSource_Zero()
    {
        var plume = new GaussianPlume(new PlumeMeteorology(7, 270, StabilityClass.D));

        Assert.Equal(0, plume.Concentration(100, 90, 0, 0, 0));
        Assert.Equal(0, plume.Concentration(100, 90, -1500, 0, 0));
        Assert.Equal(0, plume.Concentration(100, 0, -0.01, 0, 1.5));
        Assert.True(plume.Concentration(100, 0, 0.01, 0, 1.5) > 0);
    }

    [Theory]
    [InlineData(StabilityClass.B, DispersionTerrain.Rural, 300, 20)]
    [InlineData(StabilityClass.D, DispersionTerrain.Rural, 1500, 90)]
    [InlineData(StabilityClass.E, DispersionTerrain.Urban, 2500, 40)]
    public void Concentration_CrosswindIntegralAtGround_EqualsTheClosedForm(StabilityClass stability, DispersionTerrain terrain, double x, double height)
    {
        const double Q = 100;
        const double U = 7;
        var plume = new GaussianPlume(new PlumeMeteorology(U, 0, stability) { Terrain = terrain });
        var (sigmaY, sigmaZ) = BriggsDispersion.At(x, stability, terrain);

        // Simpson's rule over ±10 σy (the plume's own cutoff is 8 σy, leaving out 1e-15 of the mass).
        const int Intervals = 4000;
        var h = 20 * sigmaY / Intervals;
        var integral = 0.0;
        for (var i = 0; i <= Intervals; i++)
        {
            var weight = i == 0 || i == Intervals ? 1 : (i % 2 == 1 ? 4 : 2);
            integral += weight * plume.Concentration(Q, height, x, (-10 * sigmaY) + (i * h), 0);
        }

        integral *= h / 3;
        var expected = 1e6 * Q * 2 / (Math.Sqrt(2 * Math.PI) * sigmaZ * U) * Math.Exp(-(height * height) / (2 * sigmaZ * sigmaZ));
        Assert.Equal(1, integral / expected, 1e-6);
    }

    [Fact]
    public void Constructor_CalmWind_RefusedNamingTheWindSpeed()
    {
        var meteorology = new PlumeMeteorology(0, 270, StabilityClass.D);

        var problem = Assert.Single(meteorology.Validate());
        Assert.Equal("wind-speed", problem.Field);
        Assert.Contains("wind speed 0 must be greater than 0", problem.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new GaussianPlume(meteorology));
    }
}
