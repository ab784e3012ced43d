namespace Twin.Models.Air;

/// <summary>Pasquill-Gifford atmospheric stability: A very unstable, D neutral, F moderately stable.</summary>
public enum StabilityClass
{
    A,
    B,
    C,
    D,
    E,
    F,
}
