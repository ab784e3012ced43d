using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Twin.Benchmarks;

/// <summary>
/// In process, as <see cref="TileBenchmarks"/> explains (the generated project overruns its build timeout
/// on a shared 2-core machine), with fewer iterations than BenchmarkDotNet's default so a run stays short.
/// </summary>
internal sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
