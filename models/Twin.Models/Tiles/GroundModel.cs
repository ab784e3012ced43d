using System.Numerics;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Tiles;

/// <summary>
/// The estimated ground of a tile: trees, streets and sensors carry no ground level, so it is estimated from
/// what does: buildings' <see cref="Building.GroundLevel"/> at their footprint centroid and utility lines'
/// <see cref="UtilityLine.GroundLevel"/> at their midpoint. Heights on a regular grid of
/// <see cref="TileDetail.GroundCells"/>² cells over the tile are inverse-distance weighted (power 2) means of
/// the samples (at most <see cref="MaxSamples"/>, evenly thinned); between grid nodes heights are bilinear.
/// A tile without samples lies at NAP 0. IDW never leaves the samples' range, so the ground stays inside the
/// tile's height range.
/// </summary>
internal sealed class GroundModel
{
    public const int MaxSamples = 256;

    private readonly RdEnvelope _bounds;
    private readonly int _cells;
    private readonly double[] _heights;

    public GroundModel(RdEnvelope bounds, IReadOnlyList<(RdPoint Point, double Level)> samples, int cells = TileDetail.GroundCells)
    {
        _bounds = bounds;
        _cells = cells;
        SampleCount = samples.Count;
        _heights = new double[(cells + 1) * (cells + 1)];
        var step = Math.Max(1, samples.Count / MaxSamples);
        var used = samples.Where((_, i) => i % step == 0).ToArray();
        for (var row = 0; row <= cells; row++)
        {
            for (var column = 0; column <= cells; column++)
            {
                var point = new RdPoint(bounds.MinX + (column * CellX), bounds.MinY + (row * CellY));
                _heights[(row * (cells + 1)) + column] = Idw(point, used);
            }
        }
    }

    public int SampleCount { get; }

    private double CellX => _bounds.Width / _cells;

    private double CellY => _bounds.Height / _cells;

    public static GroundModel For(RdEnvelope bounds, CitySet content)
    {
        var samples = new List<(RdPoint, double)>(content.Buildings.Length + content.UtilityLines.Length);
        samples.AddRange(content.Buildings.Select(b => (b.Anchor, b.GroundLevel)));
        samples.AddRange(content.UtilityLines.Select(u => (u.Anchor, u.GroundLevel)));
        return new GroundModel(bounds, samples);
    }

    /// <summary>Ground height in metres NAP at a point; outside the tile the nearest edge's height.</summary>
    public double HeightAt(double x, double y)
    {
        var fx = Math.Clamp((x - _bounds.MinX) / CellX, 0, _cells);
        var fy = Math.Clamp((y - _bounds.MinY) / CellY, 0, _cells);
        var column = Math.Min((int)fx, _cells - 1);
        var row = Math.Min((int)fy, _cells - 1);
        var (tx, ty) = (fx - column, fy - row);
        var i = (row * (_cells + 1)) + column;
        var bottom = (_heights[i] * (1 - tx)) + (_heights[i + 1] * tx);
        var top = (_heights[i + _cells + 1] * (1 - tx)) + (_heights[i + _cells + 2] * tx);
        return (bottom * (1 - ty)) + (top * ty);
    }

    /// <summary>The ground as one grid mesh facing up.</summary>
    public void AddMesh(MeshBuffer mesh, LocalProjection projection, uint color, int featureId)
    {
        var first = mesh.VertexCount;
        var stride = _cells + 1;
        for (var row = 0; row <= _cells; row++)
        {
            for (var column = 0; column <= _cells; column++)
            {
                var (x, y) = (_bounds.MinX + (column * CellX), _bounds.MinY + (row * CellY));
                mesh.AddVertex(projection.ToLocal(x, y, _heights[(row * stride) + column]), Vector3.UnitY, color, featureId);
            }
        }

        for (var row = 0; row < _cells; row++)
        {
            for (var column = 0; column < _cells; column++)
            {
                var a = first + (row * stride) + column;
                mesh.AddTriangle(a, a + 1, a + stride + 1);
                mesh.AddTriangle(a, a + stride + 1, a + stride);
            }
        }
    }

    private static double Idw(RdPoint point, (RdPoint Point, double Level)[] samples)
    {
        if (samples.Length == 0)
        {
            return 0;
        }

        double weights = 0, sum = 0;
        foreach (var (sample, level) in samples)
        {
            var d2 = ((sample.X - point.X) * (sample.X - point.X)) + ((sample.Y - point.Y) * (sample.Y - point.Y));
            if (d2 < 1e-6)
            {
                return level;
            }

            var w = 1 / d2;
            weights += w;
            sum += w * level;
        }

        return sum / weights;
    }
}
