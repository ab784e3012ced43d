namespace Twin.Models.Air;

/// <summary>The plume's standard deviations crosswind (σy) and vertically (σz) at some distance, metres.</summary>
public readonly record struct PlumeSpread(double SigmaY, double SigmaZ);
