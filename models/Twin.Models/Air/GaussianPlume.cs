using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>
/// The steady Gaussian plume with reflection at the ground (no mixing-layer lid, no deposition):
/// C(x, y, z) = Q / (2π u σy σz) · exp(-y² / 2σy²) · [exp(-(z - H)² / 2σz²) + exp(-(z + H)² / 2σz²)],
/// x downwind, y crosswind, z height, with σy and σz from Briggs (1973). Concentrations in µg/m³.
/// </summary>
public sealed class GaussianPlume
{
    /// <summary>Beyond this many σy off the axis a point's contribution (below e^-32, 1e-14 of the axis value) is left out.</summary>
    private const double CrosswindCutoff = 8;
    private const double MicrogramsPerGram = 1e6;

    private readonly double _downwindX;
    private readonly double _downwindY;

    /// <param name="meteorology">Wind and stability; must be valid (<see cref="PlumeMeteorology.Validate"/> empty).</param>
    /// <param name="nearSourceDistance">
    /// Closer downwind than this (metres), σy and σz are held at their value here: the formulas go to zero
    /// at the source and a receptor a few centimetres downwind of a point would see an unbounded value.
    /// </param>
    public GaussianPlume(PlumeMeteorology meteorology, double nearSourceDistance = 1)
    {
        ArgumentNullException.ThrowIfNull(meteorology);
        if (meteorology.Validate() is { Length: > 0 } problems)
        {
            throw new ArgumentException("Invalid plume meteorology: " + string.Join("; ", problems), nameof(meteorology));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nearSourceDistance);
        Meteorology = meteorology;
        NearSourceDistance = nearSourceDistance;
        // The wind blows towards direction + 180: unit vector (-sin θ, -cos θ) in RD New x (east), y (north).
        var (sin, cos) = Math.SinCos(meteorology.WindDirection * Math.PI / 180);
        _downwindX = -sin;
        _downwindY = -cos;
    }

    public PlumeMeteorology Meteorology { get; }

    public double NearSourceDistance { get; }

    /// <summary>The receptor's position relative to the source: downwind distance and crosswind offset (positive to the left looking downwind), metres.</summary>
    public (double Downwind, double Crosswind) PlumeCoordinates(RdPoint source, RdPoint receptor)
    {
        var dx = receptor.X - source.X;
        var dy = receptor.Y - source.Y;
        return ((dx * _downwindX) + (dy * _downwindY), (dy * _downwindX) - (dx * _downwindY));
    }

    /// <summary>
    /// µg/m³ at plume coordinates x (downwind), y (crosswind), z (height above ground) from a source of
    /// <paramref name="emissionRate"/> g/s at <paramref name="effectiveHeight"/> m; 0 at and upwind of the source.
    /// </summary>
    public double Concentration(double emissionRate, double effectiveHeight, double x, double y, double z)
    {
        if (x <= 0)
        {
            return 0;
        }

        var (sigmaY, sigmaZ) = BriggsDispersion.At(Math.Max(x, NearSourceDistance), Meteorology.Stability, Meteorology.Terrain);
        if (Math.Abs(y) > CrosswindCutoff * sigmaY)
        {
            return 0;
        }

        var crosswind = Math.Exp(-(y * y) / (2 * sigmaY * sigmaY));
        var twoSigmaZ2 = 2 * sigmaZ * sigmaZ;
        var below = z - effectiveHeight;
        var above = z + effectiveHeight;
        var vertical = Math.Exp(-(below * below) / twoSigmaZ2) + Math.Exp(-(above * above) / twoSigmaZ2);
        return MicrogramsPerGram * emissionRate / (2 * Math.PI * Meteorology.WindSpeed * sigmaY * sigmaZ) * crosswind * vertical;
    }

    /// <summary>µg/m³ at <paramref name="receptor"/>, <paramref name="height"/> m above ground, from one point source.</summary>
    public double Concentration(PointSource source, RdPoint receptor, double height)
    {
        var (x, y) = PlumeCoordinates(source.Location, receptor);
        return Concentration(source.EmissionRate, source.EffectiveHeight, x, y, height);
    }

    /// <summary>µg/m³ at <paramref name="receptor"/> from all <paramref name="sources"/>.</summary>
    public double Concentration(ReadOnlySpan<PointSource> sources, RdPoint receptor, double height)
    {
        var total = 0.0;
        foreach (var source in sources)
        {
            total += Concentration(source, receptor, height);
        }

        return total;
    }
}
