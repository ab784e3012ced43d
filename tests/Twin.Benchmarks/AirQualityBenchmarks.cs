using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Twin.Models.Air;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Planning;
using static System.FormattableString;

namespace Twin.Benchmarks;

/// <summary>
/// SRM1 for every street of the city-scale demo set (DemoScale.City: about 8,000 street segments,
/// 40,000 buildings, 35,000 trees). The traffic is synthetic but shaped like a morning peak hour
/// (seed 7): arterials 600-1,800 veh/h, collectors 200-700, residential streets 10-150, service roads
/// 0-40, motorways 2,500-5,000, V/C from flow over capacity. Measured: the whole run (profiling the
/// streets from buildings and trees, then SRM1), the profiling alone, and SRM1 with profiles at hand
/// (a new traffic run on an unchanged city).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class AirQualityBenchmarks
{
    private readonly AirQualitySettings _settings = AirQualitySettings.Default;
    private CitySet _city = CitySet.Empty;
    private ImmutableArray<SegmentTraffic> _traffic = [];
    private ImmutableArray<StreetProfile> _profiles = [];

    [GlobalSetup]
    public void Setup()
    {
        _city = DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.City });
        _traffic = SyntheticTraffic(_city, new Random(7));
        _profiles = StreetAirQuality.Profile(_city, _settings);
        var result = StreetAirQuality.Calculate(_city, _traffic, _settings);
        var segments = result.Segments;
        Console.WriteLine(Invariant($"// {_city.StreetSegments.Length} street segments, {_city.Buildings.Length} buildings, {_city.Trees.Length} trees; succeeded {result.Succeeded}, {result.Warnings.Length} warnings"));
        Console.WriteLine("// road types: " + string.Join(", ", segments.GroupBy(s => s.RoadType).OrderBy(g => g.Key).Select(g => Invariant($"{g.Key} {g.Count()}"))));
        Console.WriteLine("// tree factors: " + string.Join(", ", segments.GroupBy(s => s.TreeFactor).OrderBy(g => g.Key).Select(g => Invariant($"{g.Key} {g.Count()}"))));
        Console.WriteLine(Invariant($"// NO2 mean {segments.Average(s => s.NO2):0.0} max {segments.Max(s => s.NO2):0.0}; PM10 mean {segments.Average(s => s.PM10):0.0} max {segments.Max(s => s.PM10):0.0}; PM2.5 mean {segments.Average(s => s.PM25):0.0} max {segments.Max(s => s.PM25):0.0} µg/m³"));
    }

    [Benchmark]
    public int WholeCity() => StreetAirQuality.Calculate(_city, _traffic, _settings).Segments.Length;

    [Benchmark]
    public int ProfileOnly() => StreetAirQuality.Profile(_city, _settings).Length;

    [Benchmark]
    public int Srm1WithProfiles() => StreetAirQuality.Calculate(_city.StreetSegments, _profiles, _traffic, _settings).Segments.Length;

    private static ImmutableArray<SegmentTraffic> SyntheticTraffic(CitySet city, Random random) =>
        [.. city.StreetSegments.Select(segment =>
        {
            var (low, high) = segment.RoadClass switch
            {
                RoadClass.Motorway => (2500, 5000),
                RoadClass.Arterial => (600, 1800),
                RoadClass.Collector => (200, 700),
                RoadClass.Residential => (10, 150),
                _ => (0, 40),
            };
            var flow = low + (random.NextDouble() * (high - low));
            var forward = segment.OneWay ? flow : flow * (0.4 + (0.2 * random.NextDouble()));
            var backward = flow - forward;
            var vc = Math.Max(forward, backward) / Math.Max(1, segment.Capacity);
            var speed = segment.SpeedLimit / (1 + (0.15 * Math.Pow(vc, 4)));
            return new SegmentTraffic(segment.Id, segment.StreetName, forward, backward, vc, speed, false);
        })];
}
