using BenchmarkDotNet.Running;
using Twin.Benchmarks;

// Load commands measure a real silo process; everything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "city-load" => await CityLoad.RunAsync(args[1..]),
    "tile-load" => await TileLoad.RunAsync(args[1..]),
    "traffic-assign" => TrafficAssign.Run(args[1..]),
    "ingest-load" => await IngestLoad.RunAsync(args[1..]),
    "sun-hours" => SunHoursLoad.Run(args[1..]),
    "scenario-chain" => await ScenarioChainLoad.RunAsync(args[1..]),
    "failover-load" => await FailoverLoad.RunAsync(args[1..]),
    "grpc-load" => await GrpcLoad.RunAsync(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(CityLoad).Assembly).Run(args);
    return 0;
}
