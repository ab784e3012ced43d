namespace Twin.Models.Demo;

/// <summary>
/// Ground level in metres NAP: a smooth surface between about 4.1 and 7.9 m, made of a few long
/// waves whose phases come from the seed (Hilversum lies on the slope of the Gooi moraine).
/// </summary>
internal sealed class Terrain
{
    public const double MeanLevel = 6.0;

    private readonly double _phaseU;
    private readonly double _phaseV;
    private readonly double _phaseDiagonal;

    public Terrain(int seed)
    {
        var random = DemoRandom.Stream(seed, DemoStream.Terrain);
        _phaseU = random.Between(0, 2 * Math.PI);
        _phaseV = random.Between(0, 2 * Math.PI);
        _phaseDiagonal = random.Between(0, 2 * Math.PI);
    }

    public double GroundLevel(LocalPoint point)
    {
        var broad = 1.3 * Math.Sin((point.U / 530) + _phaseU) * Math.Cos((point.V / 610) + _phaseV);
        var ripple = 0.6 * Math.Sin(((point.U - point.V) / 410) + _phaseDiagonal);
        return Math.Round(MeanLevel + broad + ripple, 2);
    }
}
