using BenchmarkDotNet.Attributes;
using Twin.Models.Air;
using Twin.Models.Geo;

namespace Twin.Benchmarks;

/// <summary>
/// Gaussian plume on a receptor grid: 200 line sources of 100 m (road segments, 0.5 m high, random
/// directions) inside a 1 km square, 100 × 100 receptors 10 m apart, urban class D, wind from 240°.
/// The lines are cut into point sources 1 m apart (the default) or 5 m apart.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class PlumeBenchmarks
{
    private const int LineCount = 200;
    private const double LineLength = 100;

    private readonly ReceptorGrid _grid = new(new RdPoint(140_000, 470_000), 10, 100, 100);
    private readonly GaussianPlume _plume = new(new PlumeMeteorology(3, 240, StabilityClass.D) { Terrain = DispersionTerrain.Urban });
    private LineSource[] _lines = [];

    [Params(1.0, 5.0)]
    public double Spacing { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        _lines = [.. Enumerable.Range(0, LineCount).Select(_ =>
        {
            var start = new RdPoint(140_000 + (random.NextDouble() * 900), 470_000 + (random.NextDouble() * 900));
            var angle = random.NextDouble() * 2 * Math.PI;
            var end = new RdPoint(start.X + (LineLength * Math.Cos(angle)), start.Y + (LineLength * Math.Sin(angle)));
            return new LineSource(start, end, 2e-5, 0.5);
        })];
        var values = _grid.Concentrations(_plume, _lines, Spacing);
        Console.WriteLine($"// spacing {Spacing} m: {_lines.Sum(l => l.ToPointSources(Spacing).Length)} point sources, {_grid.Count} receptors, max {values.Max():0.0} µg/m³, mean {values.Average():0.0} µg/m³");
    }

    [Benchmark]
    public double Grid100x100From200Lines() => _grid.Concentrations(_plume, _lines, Spacing)[0];
}
