namespace Twin.Models.Solar;

/// <summary>The five fundamental arguments X0..X4 of the nutation series, degrees (not limited to 0..360).</summary>
public readonly record struct NutationArguments(
    double MeanElongationOfMoon,
    double MeanAnomalyOfSun,
    double MeanAnomalyOfMoon,
    double MoonArgumentOfLatitude,
    double MoonAscendingNode);
