namespace Twin.Models.Geo;

/// <summary>An earth-centred, earth-fixed position (EPSG:4978), metres.</summary>
public readonly record struct EcefPoint(double X, double Y, double Z);
