using System.Collections.Immutable;

namespace Twin.Models.Air;

/// <summary>
/// The weather of one hour for the Gaussian plume: wind speed at source height (m/s), the direction
/// the wind comes FROM in degrees clockwise from north (meteorological convention: 270 is a west
/// wind, blowing towards the east), the stability class and the terrain of the dispersion curves.
/// North is RD New grid north; in Hilversum it lies 0.16° from true north, well inside the
/// accuracy of a wind direction.
/// </summary>
public sealed record PlumeMeteorology(double WindSpeed, double WindDirection, StabilityClass Stability)
{
    public DispersionTerrain Terrain { get; init; } = DispersionTerrain.Rural;

    /// <summary>What is wrong, each message naming the field; empty when the plume can be computed.</summary>
    public ImmutableArray<PlumeProblem> Validate()
    {
        var problems = ImmutableArray.CreateBuilder<PlumeProblem>();
        // The Gaussian plume divides by the wind speed and does not hold in calm air.
        if (!(WindSpeed is > 0 and < 100))
        {
            problems.Add(new("wind-speed", FormattableString.Invariant($"wind speed {WindSpeed} must be greater than 0 and below 100 m/s")));
        }

        if (!double.IsFinite(WindDirection))
        {
            problems.Add(new("wind-direction", FormattableString.Invariant($"wind direction {WindDirection} must be a number of degrees")));
        }

        if (!Enum.IsDefined(Stability))
        {
            problems.Add(new("stability-class", $"stability class {Stability} must be one of A..F"));
        }

        return problems.ToImmutable();
    }
}
