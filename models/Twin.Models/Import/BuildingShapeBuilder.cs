using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Import;

/// <summary>
/// Collects the triangulated faces of a building into one <see cref="BuildingShape"/>. Vertices are shared by
/// position (the same x, y, z is one vertex, whichever source index it came by), so faces that meet along an
/// edge share that edge's vertices and the shape of a closed solid is closed by index.
/// </summary>
internal sealed class BuildingShapeBuilder
{
    private readonly Dictionary<(double, double, double), int> _indices = [];
    private readonly List<double> _coordinates = [];
    private readonly List<int> _triangles = [];
    private readonly List<BuildingSurface> _surfaces = [];
    private readonly List<int> _faceStarts = [];

    /// <summary>x, y, z of every vertex added so far, by index.</summary>
    public IReadOnlyList<double> Coordinates => _coordinates;

    public int Vertex(double x, double y, double z)
    {
        if (!_indices.TryGetValue((x, y, z), out var index))
        {
            index = _coordinates.Count / 3;
            _coordinates.AddRange([x, y, z]);
            _indices.Add((x, y, z), index);
        }

        return index;
    }

    public void AddFace(int[] triangles, BuildingSurface surface)
    {
        _faceStarts.Add(_triangles.Count / 3);
        _triangles.AddRange(triangles);
        _surfaces.AddRange(Enumerable.Repeat(surface, triangles.Length / 3));
    }

    /// <summary>The shape of the faces added, with only the vertices they use; null when no face was added.</summary>
    public BuildingShape? Build()
    {
        if (_faceStarts.Count == 0)
        {
            return null;
        }

        var renumbered = new int[_coordinates.Count / 3];
        Array.Fill(renumbered, -1);
        var vertices = ImmutableArray.CreateBuilder<double>();
        var triangles = ImmutableArray.CreateBuilder<int>(_triangles.Count);
        foreach (var index in _triangles)
        {
            if (renumbered[index] < 0)
            {
                renumbered[index] = vertices.Count / 3;
                vertices.AddRange(_coordinates[3 * index], _coordinates[(3 * index) + 1], _coordinates[(3 * index) + 2]);
            }

            triangles.Add(renumbered[index]);
        }

        return new BuildingShape(vertices.ToImmutable(), triangles.MoveToImmutable(), [.. _surfaces], [.. _faceStarts]);
    }
}
