namespace Twin.Models.Tests.Air;

/// <summary>A receptor in plume coordinates, metres.</summary>
internal readonly record struct PlumePoint(double X, double Y, double Z);
