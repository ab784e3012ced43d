namespace Twin.Models.Import;

/// <summary>
/// A planar face cut into triangles: three vertex indices per triangle, counter-clockwise around the face's
/// unit <see cref="Normal"/> (the direction its outer ring turns counter-clockwise about); or the
/// <see cref="Problem"/> that kept it from being triangulated.
/// </summary>
internal readonly record struct FaceTriangles(int[]? Triangles, (double X, double Y, double Z) Normal, string? Problem)
{
    public static FaceTriangles Fail(string problem) => new(null, default, problem);
}
