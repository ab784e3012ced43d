using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;
using Twin.Models.Tiles;

namespace Twin.Benchmarks;

/// <summary>
/// glb content for 3D tiles: every level-10 tile of the city-scale set (each tile given only its own
/// entities, as a tile grain holds them), and the busiest tile of the Stationsgebied demo.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class TileBenchmarks
{
    private List<(TileAddress Address, CitySet Content)> _cityTiles = [];
    private (TileAddress Address, CitySet Content) _stationsgebiedTile;
    private (TileAddress Address, CitySet Content) _coarseTile;

    [GlobalSetup]
    public void Setup()
    {
        _cityTiles = ByTile(DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.City }));
        _stationsgebiedTile = ByTile(DemoDistrict.Generate(new DemoOptions { Scale = DemoScale.Stationsgebied }))
            .OrderByDescending(t => t.Content.Buildings.Length)
            .First();
        var coarse = _cityTiles.GroupBy(t => t.Address.AncestorAt(TileDetail.CoarsestContentLevel)).OrderByDescending(g => g.Sum(t => t.Content.Buildings.Length)).First();
        _coarseTile = (coarse.Key, CitySet.From(coarse.SelectMany(t => t.Content.All())));
        var detail = TileDetail.ForLevel(TilingScheme.IndexLevel);
        var bytes = _cityTiles.Sum(t => (long)TileGlbWriter.Write(t.Address, t.Content, detail).Bytes.Length);
        var buildings = _cityTiles.Sum(t => t.Content.Buildings.Length);
        Console.WriteLine($"// city scale: {_cityTiles.Count} tiles, {buildings} buildings, {bytes} bytes of glb, {bytes / (double)buildings:0} bytes per building (all content included)");
        var coarseGlb = TileGlbWriter.Write(_coarseTile.Address, _coarseTile.Content, TileDetail.ForLevel(_coarseTile.Address.Level));
        Console.WriteLine($"// level-8 tile {_coarseTile.Address}: {_coarseTile.Content.Buildings.Length} buildings given, {coarseGlb.FeatureCount} features kept, {coarseGlb.Bytes.Length} bytes");
        Console.WriteLine($"// stationsgebied tile {_stationsgebiedTile.Address}: {_stationsgebiedTile.Content.Count} entities, {_stationsgebiedTile.Content.Buildings.Length} buildings");
    }

    /// <summary>All level-10 tiles of the city-scale set (about 40,000 buildings with their streets, trees, lines, sensors and ground).</summary>
    [Benchmark]
    public long CityScaleAllIndexTiles()
    {
        var detail = TileDetail.ForLevel(TilingScheme.IndexLevel);
        long bytes = 0;
        foreach (var (address, content) in _cityTiles)
        {
            bytes += TileGlbWriter.Write(address, content, detail).Bytes.Length;
        }

        return bytes;
    }

    /// <summary>The busiest level-10 tile of the Stationsgebied.</summary>
    [Benchmark]
    public int StationsgebiedTile() =>
        TileGlbWriter.Write(_stationsgebiedTile.Address, _stationsgebiedTile.Content, TileDetail.ForLevel(TilingScheme.IndexLevel)).Bytes.Length;

    /// <summary>The busiest level-8 tile (2,048 m) of the city-scale set: its level-10 descendants merged and simplified.</summary>
    [Benchmark]
    public int CityScaleBusiestLevel8Tile() =>
        TileGlbWriter.Write(_coarseTile.Address, _coarseTile.Content, TileDetail.ForLevel(_coarseTile.Address.Level)).Bytes.Length;

    /// <summary>
    /// In process: BenchmarkDotNet's generated project rebuilds the silo too, which overruns its two-minute build
    /// timeout on a shared 2-core machine. A city-scale iteration takes seconds, so a few iterations suffice.
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }

    private static List<(TileAddress Address, CitySet Content)> ByTile(CitySet set) =>
        set.All().GroupBy(e => TilingScheme.TileAt(e.Anchor)).Select(g => (g.Key, CitySet.From(g))).ToList();
}
