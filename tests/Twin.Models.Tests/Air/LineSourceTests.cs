using MathNet.Numerics;
using Twin.Models.Air;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Air;

public sealed class LineSourceTests
{
    private static readonly PlumeMeteorology NorthWind = new(4, 0, StabilityClass.D) { Terrain = DispersionTerrain.Urban };

    [Fact]
    public void ToPointSources_100MetresAt3_ThirtyFourPiecesKeepingTheTotalEmission()
    {
        var line = new LineSource(new RdPoint(0, 0), new RdPoint(60, 80), 0.002, 0.5);

        var points = line.ToPointSources(3);

        Assert.Equal(34, points.Length);
        Assert.Equal(0.2, points.Sum(p => p.EmissionRate), 1e-15);
        Assert.Equal(new RdPoint(60 * 0.5 / 34, 80 * 0.5 / 34), points[0].Location);
        Assert.All(points, p => Assert.Equal(0.5, p.EffectiveHeight));
    }

    [Fact]
    public void Concentration_CrosswindLine_ConvergesToTheErfIntegralWithTheSquareOfTheSpacing()
    {
        // A line across the wind: every point has the same downwind distance, so the integral along
        // the line is closed: q / (sqrt(2π) σz u) · vertical · [erf((y + L/2) / (√2 σy)) - erf((y - L/2) / (√2 σy))] / 2.
        const double Rate = 0.001;
        const double HalfLength = 50;
        const double Downwind = 30;
        const double Offset = 40;
        const double Height = 1.5;
        var line = new LineSource(new RdPoint(-HalfLength, 0), new RdPoint(HalfLength, 0), Rate, 0);
        var receptor = new RdPoint(Offset, -Downwind);
        var plume = new GaussianPlume(NorthWind);
        var (sigmaY, sigmaZ) = BriggsDispersion.At(Downwind, NorthWind.Stability, NorthWind.Terrain);
        var vertical = 2 * Math.Exp(-(Height * Height) / (2 * sigmaZ * sigmaZ));
        // The receptor is 40 m east; looking downwind (south) east is to the left, so its crosswind offset is +40.
        var expected = 1e6 * Rate / (Math.Sqrt(2 * Math.PI) * sigmaZ * NorthWind.WindSpeed) * vertical
            * (SpecialFunctions.Erf((Offset + HalfLength) / (Math.Sqrt(2) * sigmaY)) - SpecialFunctions.Erf((Offset - HalfLength) / (Math.Sqrt(2) * sigmaY))) / 2;

        var errors = new[] { 10.0, 5, 2, 1, 0.5 }
            .Select(spacing => Math.Abs(plume.Concentration(line.ToPointSources(spacing), receptor, Height) / expected - 1))
            .ToArray();

        Assert.True(errors[^1] < 1e-4, $"relative error {errors[^1]} at 0.5 m");
        Assert.True(errors[3] < 1e-3, $"relative error {errors[3]} at the default 1 m");
        for (var i = 1; i < errors.Length; i++)
        {
            Assert.True(errors[i] < errors[i - 1], $"error did not fall: {string.Join(", ", errors)}");
        }
    }

    [Fact]
    public void Concentration_ObliqueLine_DefaultSpacingAgreesWithAFiftyTimesFinerOne()
    {
        var line = new LineSource(new RdPoint(0, 0), new RdPoint(80, -60), 0.001, 0.3);
        var plume = new GaussianPlume(NorthWind with { WindDirection = 20 });
        var receptors = new[] { new RdPoint(10, -40), new RdPoint(60, -80), new RdPoint(-20, -100) };

        foreach (var receptor in receptors)
        {
            var coarse = plume.Concentration(line.ToPointSources(), receptor, 1.5);
            var fine = plume.Concentration(line.ToPointSources(LineSource.DefaultSpacing / 50), receptor, 1.5);

            Assert.True(fine > 0, $"{receptor}: no concentration");
            Assert.Equal(1, coarse / fine, 1e-3);
        }
    }
}
