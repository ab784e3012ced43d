using BenchmarkDotNet.Attributes;
using Twin.Models.Solar;

namespace Twin.Benchmarks;

/// <summary>
/// Sun positions (NREL SPA) in Hilversum: one instant, and every 10 minutes of 2026 (52,560 instants)
/// computed one by one, as a track (the per-instant part in parallel, then observed), and a
/// precomputed track observed from one more place (the cost per extra place in sun-hour maps).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class SolarBenchmarks
{
    private const int YearAt10Minutes = 365 * 24 * 6;
    private static readonly DateTimeOffset NewYear = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    private readonly SolarInput _input = new(new DateTimeOffset(2026, 3, 21, 12, 0, 0, TimeSpan.FromHours(1)), 52.2262, 5.1816);
    private readonly SolarSite _site = new(52.2262, 5.1816);
    private readonly SunAngles[] _angles = new SunAngles[YearAt10Minutes];
    private SolarTrack _track = null!;

    [GlobalSetup]
    public void Setup() => _track = SolarTrack.Every(NewYear, TenMinutes, YearAt10Minutes);

    [Benchmark]
    public double OneInstant() => SolarPosition.Compute(_input).TopocentricZenith;

    [Benchmark]
    public double YearEvery10MinutesOneByOne()
    {
        var sum = 0.0;
        for (var i = 0; i < YearAt10Minutes; i++)
        {
            sum += SolarPosition.Compute(_input with { Instant = NewYear + (TenMinutes * i) }).TopocentricZenith;
        }

        return sum;
    }

    [Benchmark]
    public double YearEvery10MinutesAsTrack()
    {
        var angles = SolarTrack.Every(NewYear, TenMinutes, YearAt10Minutes).Observe(_site);
        return angles[^1].Zenith;
    }

    [Benchmark]
    public double YearTrackObservedFromOnePlace()
    {
        _track.Observe(_site, _angles);
        return _angles[^1].Zenith;
    }
}
