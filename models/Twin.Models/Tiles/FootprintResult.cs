using NetTopologySuite.Geometries;

namespace Twin.Models.Tiles;

/// <summary>Valid, oriented footprint parts, or the reason there are none; <see cref="Issue"/> also notes a repair.</summary>
internal sealed record FootprintResult(IReadOnlyList<Polygon> Parts, string? Issue)
{
    public bool IsSkipped => Parts.Count == 0;

    public static FootprintResult Skip(string reason) => new([], reason);
}
