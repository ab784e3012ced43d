using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>A continuous point source in RD New: emission in g/s, effective height (stack plus plume rise) in metres.</summary>
public readonly record struct PointSource(RdPoint Location, double EmissionRate, double EffectiveHeight);
