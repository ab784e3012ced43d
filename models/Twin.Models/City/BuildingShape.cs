using System.Collections.Immutable;
using Twin.Models.Geo;

namespace Twin.Models.City;

/// <summary>
/// The outer surfaces of a building (LOD2, as imported from CityJSON) as a triangle mesh in RD New and
/// metres NAP: <see cref="Vertices"/> holds x, y, z per vertex; <see cref="Triangles"/> three vertex indices
/// per triangle, counter-clockwise seen from outside; <see cref="Surfaces"/> what each triangle is part of;
/// <see cref="FaceStarts"/> the first triangle of each source face (the triangles of a face are consecutive,
/// so a face ends where the next one starts). A shape from a closed source solid is closed: every edge is
/// shared by two triangles, once in each direction.
/// </summary>
/// <remarks>Equality compares every array element by element: entity grains store an upsert only when it differs.</remarks>
[GenerateSerializer, Immutable, Alias("twin.city.building-shape")]
public sealed record BuildingShape(
    [property: Id(0)] ImmutableArray<double> Vertices,
    [property: Id(1)] ImmutableArray<int> Triangles,
    [property: Id(2)] ImmutableArray<BuildingSurface> Surfaces,
    [property: Id(3)] ImmutableArray<int> FaceStarts)
{
    public int VertexCount => Vertices.IsDefault ? 0 : Vertices.Length / 3;

    public int TriangleCount => Triangles.IsDefault ? 0 : Triangles.Length / 3;

    public int FaceCount => FaceStarts.IsDefault ? 0 : FaceStarts.Length;

    public (double X, double Y, double Z) Vertex(int index) => (Vertices[3 * index], Vertices[(3 * index) + 1], Vertices[(3 * index) + 2]);

    /// <summary>The triangles of face <paramref name="face"/>: from its start up to (not including) the next face's start.</summary>
    public (int Start, int End) FaceTriangles(int face) => (FaceStarts[face], face + 1 < FaceCount ? FaceStarts[face + 1] : TriangleCount);

    /// <summary>The box around every vertex in plan.</summary>
    public RdEnvelope Envelope
    {
        get
        {
            var (minX, minY, maxX, maxY) = (double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);
            for (var i = 0; i < VertexCount; i++)
            {
                var (x, y, _) = Vertex(i);
                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            }

            return new RdEnvelope(minX, minY, maxX, maxY);
        }
    }

    /// <summary>The lowest and highest vertex, metres NAP.</summary>
    public HeightRange Heights
    {
        get
        {
            var range = HeightRange.Empty;
            for (var i = 2; i < (Vertices.IsDefault ? 0 : Vertices.Length); i += 3)
            {
                range = range.Including(Vertices[i]);
            }

            return range;
        }
    }

    public bool Equals(BuildingShape? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Vertices.AsSpan().SequenceEqual(other.Vertices.AsSpan())
                && Triangles.AsSpan().SequenceEqual(other.Triangles.AsSpan())
                && Surfaces.AsSpan().SequenceEqual(other.Surfaces.AsSpan())
                && FaceStarts.AsSpan().SequenceEqual(other.FaceStarts.AsSpan())));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(VertexCount);
        hash.Add(TriangleCount);
        hash.Add(FaceCount);
        if (VertexCount > 0)
        {
            hash.Add(Vertices[0]);
            hash.Add(Vertices[^1]);
        }

        return hash.ToHashCode();
    }
}
