namespace Twin.Models.Air;

/// <summary>
/// How <see cref="StreetProfiler"/> reads the buildings and trees along a street.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.street-profiler-options")]
public sealed record StreetProfilerOptions
{
    public static StreetProfilerOptions Default { get; } = new();

    /// <summary>Cross-sections along a segment at most this far apart, metres (at least one, in the middle).</summary>
    [Id(0)] public double StationSpacing { get; init; } = 10;

    /// <summary>How far from the axis a cross-section looks for a facade, metres.</summary>
    [Id(1)] public double FacadeSearchDistance { get; init; } = 60;

    /// <summary>A side counts as built when at least this share of its cross-sections meets a facade that stands closer to the axis than 3 times its height.</summary>
    [Id(2)] public double BuiltSideCoverage { get; init; } = 0.5;

    /// <summary>A street is open terrain (type 1) when on both sides fewer than this share of cross-sections meet any building within <see cref="FacadeSearchDistance"/>.</summary>
    [Id(3)] public double OpenTerrainCoverage { get; init; } = 0.25;

    /// <summary>Trees count for the tree factor up to this far from the axis (or up to the facade when closer), metres.</summary>
    [Id(4)] public double TreeSearchDistance { get; init; } = 20;

    /// <summary>Rows of trees closer together than this along the street give tree factor 1.25 (SRM1: 15 m).</summary>
    [Id(5)] public double TreeRowSpacing { get; init; } = 15;

    /// <summary>Crowns count as touching when together they cover at least this share of the street's length.</summary>
    [Id(6)] public double ClosedCanopyCover { get; init; } = 0.9;

    /// <summary>Cell size of the spatial grid over buildings and trees, metres.</summary>
    [Id(7)] public double GridCellSize { get; init; } = 50;

    public IEnumerable<AirQualityProblem> Validate()
    {
        foreach (var (name, value, min, max) in new[]
        {
            ("station-spacing", StationSpacing, 0.5, 1000.0),
            ("facade-search-distance", FacadeSearchDistance, 5.0, 500.0),
            ("built-side-coverage", BuiltSideCoverage, 0.0, 1.0),
            ("open-terrain-coverage", OpenTerrainCoverage, 0.0, 1.0),
            ("tree-search-distance", TreeSearchDistance, 1.0, 200.0),
            ("tree-row-spacing", TreeRowSpacing, 1.0, 200.0),
            ("closed-canopy-cover", ClosedCanopyCover, 0.0, 1.0),
            ("grid-cell-size", GridCellSize, 5.0, 5000.0),
        })
        {
            if (!(double.IsFinite(value) && value >= min && value <= max))
            {
                yield return new("profiler." + name, FormattableString.Invariant($"{name} {value} must lie between {min} and {max}"));
            }
        }
    }
}
