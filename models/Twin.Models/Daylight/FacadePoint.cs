namespace Twin.Models.Daylight;

/// <summary>A sample point on a facade: its building and facade, local position just outside the wall, height NAP and outward unit normal.</summary>
internal readonly record struct FacadePoint(int Building, int Facade, double X, double Y, double Z, double NormalX, double NormalY);
