namespace Twin.Models.Tests.Import;

/// <summary>
/// A closed LoD2 house for CityJSON tests: a rectangular plan, walls up to the eaves, a gable roof with its ridge
/// along x. Faces counter-clockwise seen from outside, as CityJSON wants them; the gable walls are pentagons.
/// </summary>
internal sealed record GabledHouse(double X, double Y, double Ground, double Eaves, double Ridge, double Width = 10, double Depth = 8)
{
    /// <summary>Ground 2, four walls 2 + 3 + 2 + 3 (the gables are pentagons), two roof planes 2 + 2.</summary>
    public const int TriangleCount = 16;

    public const int FaceCount = 7;

    public double Volume => (Width * Depth * (Eaves - Ground)) + (Width * Depth * (Ridge - Eaves) / 2);

    public (string? Type, (double X, double Y, double Z)[][] Rings)[] Faces()
    {
        var (a, b, c, d) = ((X, Y), (X + Width, Y), (X + Width, Y + Depth), (X, Y + Depth));
        var (east, west) = ((X + Width, Y + (Depth / 2)), (X, Y + (Depth / 2)));
        return
        [
            ("GroundSurface", [[G(a), G(d), G(c), G(b)]]),
            ("WallSurface", [[G(a), G(b), E(b), E(a)]]),
            ("WallSurface", [[G(b), G(c), E(c), R(east), E(b)]]),
            ("WallSurface", [[G(c), G(d), E(d), E(c)]]),
            ("WallSurface", [[G(d), G(a), E(a), R(west), E(d)]]),
            ("RoofSurface", [[E(a), E(b), R(east), R(west)]]),
            ("RoofSurface", [[E(c), E(d), R(west), R(east)]]),
        ];
    }

    private (double, double, double) G((double X, double Y) p) => (p.X, p.Y, Ground);

    private (double, double, double) E((double X, double Y) p) => (p.X, p.Y, Eaves);

    private (double, double, double) R((double X, double Y) p) => (p.X, p.Y, Ridge);
}
