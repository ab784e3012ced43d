using Twin.Models.Air;

namespace Twin.Models.Tests.Air;

/// <summary>One row of the plume reference file.</summary>
internal sealed record PlumeCase(
    string Name,
    double EmissionRate,
    double WindSpeed,
    double EffectiveHeight,
    StabilityClass Stability,
    DispersionTerrain Terrain,
    PlumePoint Receptor,
    PlumeSpread Spread,
    double Concentration,
    double Tolerance);
