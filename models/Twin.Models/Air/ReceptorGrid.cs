using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>
/// A regular grid of receptors in RD New: receptor (column, row) at Origin + (column × Spacing,
/// row × Spacing), all at <see cref="Height"/> metres above ground. Results are row-major:
/// index = row × Columns + column, row 0 along the southern edge.
/// </summary>
public sealed record ReceptorGrid(RdPoint Origin, double Spacing, int Columns, int Rows)
{
    /// <summary>Receptor height, metres (1.5 m: breathing height, as Dutch air-quality assessments use).</summary>
    public double Height { get; init; } = 1.5;

    public int Count => Columns * Rows;

    public RdPoint Receptor(int column, int row) => new(Origin.X + (column * Spacing), Origin.Y + (row * Spacing));

    /// <summary>µg/m³ at every receptor from all point sources, rows computed in parallel.</summary>
    public double[] Concentrations(GaussianPlume plume, IReadOnlyList<PointSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plume);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Spacing);
        ArgumentOutOfRangeException.ThrowIfNegative(Columns);
        ArgumentOutOfRangeException.ThrowIfNegative(Rows);
        var points = sources.ToArray();
        var values = new double[Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, Rows, options, row =>
        {
            for (var column = 0; column < Columns; column++)
            {
                values[(row * Columns) + column] = plume.Concentration(points, Receptor(column, row), Height);
            }
        });
        return values;
    }

    /// <summary>µg/m³ at every receptor from line sources, each cut into point sources at most <paramref name="spacing"/> m apart.</summary>
    public double[] Concentrations(GaussianPlume plume, IEnumerable<LineSource> lines, double spacing = LineSource.DefaultSpacing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Concentrations(plume, [.. lines.SelectMany(l => l.ToPointSources(spacing))], cancellationToken);
    }
}
