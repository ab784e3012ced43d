using Twin.Models.Air;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Air;

public sealed class ReceptorGridTests
{
    [Fact]
    public void Concentrations_TwoLines_EachReceptorIsTheSumAtItsPlace()
    {
        var grid = new ReceptorGrid(new RdPoint(141_000, 470_000), 10, 30, 20);
        var lines = new[]
        {
            new LineSource(new RdPoint(141_050, 470_020), new RdPoint(141_150, 470_020), 0.001, 0.5),
            new LineSource(new RdPoint(141_100, 469_950), new RdPoint(141_120, 470_300), 0.0005, 0.5),
        };
        var plume = new GaussianPlume(new PlumeMeteorology(3, 200, StabilityClass.D) { Terrain = DispersionTerrain.Urban });
        var points = lines.SelectMany(l => l.ToPointSources()).ToArray();

        var values = grid.Concentrations(plume, lines, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(600, values.Length);
        for (var row = 0; row < grid.Rows; row++)
        {
            for (var column = 0; column < grid.Columns; column++)
            {
                var receptor = new RdPoint(141_000 + (column * 10), 470_000 + (row * 10));
                Assert.Equal(plume.Concentration(points, receptor, 1.5), values[(row * 30) + column], 1e-12);
            }
        }

        Assert.True(values.Max() > 0);
        // A wind from 200° blows to the north-north-east: the south-western corner lies beside both plumes, far outside them.
        Assert.Equal(0, values[0]);
    }
}
