using Twin.Models.Air;

namespace Twin.Models.Tests.Air;

public sealed class BriggsDispersionTests
{
    [Theory]
    // Values worked out by hand from Briggs' formulas at 1 km: sqrt(1.1) = 1.0488, sqrt(1.4) = 1.1832, ...
    [InlineData(StabilityClass.A, DispersionTerrain.Rural, 209.762, 200.000)]
    [InlineData(StabilityClass.C, DispersionTerrain.Rural, 104.881, 73.030)]
    [InlineData(StabilityClass.E, DispersionTerrain.Rural, 57.208, 23.077)]
    [InlineData(StabilityClass.F, DispersionTerrain.Rural, 38.139, 12.308)]
    [InlineData(StabilityClass.B, DispersionTerrain.Urban, 270.449, 339.411)]
    [InlineData(StabilityClass.D, DispersionTerrain.Urban, 135.225, 122.788)]
    [InlineData(StabilityClass.F, DispersionTerrain.Urban, 92.967, 50.596)]
    public void At_OneKilometre_MatchesTheFormula(StabilityClass stability, DispersionTerrain terrain, double sigmaY, double sigmaZ)
    {
        var spread = BriggsDispersion.At(1000, stability, terrain);

        Assert.Equal(sigmaY, spread.SigmaY, 1e-3);
        Assert.Equal(sigmaZ, spread.SigmaZ, 1e-3);
    }

    [Theory]
    [InlineData(DispersionTerrain.Rural)]
    [InlineData(DispersionTerrain.Urban)]
    public void At_MoreStableClasses_NarrowerPlume(DispersionTerrain terrain)
    {
        var spreads = Enum.GetValues<StabilityClass>().Select(s => BriggsDispersion.At(2000, s, terrain)).ToList();

        for (var i = 1; i < spreads.Count; i++)
        {
            Assert.True(spreads[i].SigmaY <= spreads[i - 1].SigmaY);
            Assert.True(spreads[i].SigmaZ <= spreads[i - 1].SigmaZ);
        }
    }
}
