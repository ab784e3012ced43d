using BenchmarkDotNet.Attributes;
using Twin.Models.Import;
using Twin.Testing;

namespace Twin.Benchmarks;

/// <summary>Reading real files into entities (the parsing half of an import; the writing half is city-load).</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private static readonly ImportOptions Options = new() { ReferenceYear = 2026 };

    private string _delft = string.Empty;
    private string _trees = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var data = RepositoryPaths.SharedData ?? throw new InvalidOperationException("../shared/data is needed for the import benchmarks");
        _delft = Path.Combine(data, "cityjson", "cjio_delft_3dfier_bgt_ahn.city.json");
        _trees = Path.Combine(data, "trees", "monumentale_en_waardevolle_bomen.shp");
    }

    /// <summary>160 buildings from triangulated LoD1 solids (footprints unioned from ground faces).</summary>
    [Benchmark]
    public int DelftCityJson() => CityImporter.Import(_delft, Options).Entities.Count;

    /// <summary>2,088 trees from a municipal register (Shapefile + dBase).</summary>
    [Benchmark]
    public int LeeuwardenTreeRegister() => CityImporter.Import(_trees, Options).Entities.Count;
}
