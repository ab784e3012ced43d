using BenchmarkDotNet.Attributes;
using Twin.Models.Demo;

namespace Twin.Benchmarks;

/// <summary>Generating the synthetic demo district and the city-scale set.</summary>
[MemoryDiagnoser]
public class DemoBenchmarks
{
    [Benchmark]
    public int Stationsgebied() => DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.Stationsgebied }).Count;

    [Benchmark]
    public int CityScale() => DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.City }).Count;
}
