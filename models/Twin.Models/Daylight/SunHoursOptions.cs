using System.Collections.Immutable;
using Twin.Models.Geo;

namespace Twin.Models.Daylight;

/// <summary>
/// How Twin computes possible sun hours on facades: the period (the light TNO norm's 19 February to
/// 21 October by default), the hours a dwelling needs per day, where on the facade it looks and how finely.
/// </summary>
/// <remarks>
/// <para>"Possible" sun hours assume a cloudless sky: the Sun counts whenever it is above the local horizon,
/// in front of the facade and not hidden by a building or (when <see cref="IncludeTrees"/>) a tree crown.</para>
/// <para>The light TNO norm measures at the middle of the living-room window sill, 0.75 m above the finished
/// floor; Twin does not know where the windows are, so it samples every <see cref="Spacing"/> metres along each
/// facade at <see cref="SillHeight"/> above the building's ground level (the ground floor: the most obstructed
/// dwellings decide). The light norm itself sets no minimum solar elevation; some municipalities (The Hague:
/// 10°) do, hence <see cref="MinimumSunElevation"/>.</para>
/// </remarks>
public sealed record SunHoursOptions
{
    /// <summary>The light TNO norm: at least this many possible sun hours per day.</summary>
    public const double LightTnoRequiredHours = 2;

    /// <summary>The light TNO norm's period in <paramref name="year"/>: 19 February to 21 October inclusive.</summary>
    public static SunHoursOptions LightTnoNorm(int year = 2026) => new()
    {
        From = new DateOnly(year, 2, 19),
        To = new DateOnly(year, 10, 21),
    };

    /// <summary>First day of the period (inclusive). Days are UTC days: in the Netherlands the Sun is down at 00:00 UTC.</summary>
    public DateOnly From { get; init; } = new(2026, 2, 19);

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly To { get; init; } = new(2026, 10, 21);

    /// <summary>Distance between sample points along a facade, metres.</summary>
    public double Spacing { get; init; } = 1;

    /// <summary>Height of the sample points above the building's ground level, metres (the norm's window sill).</summary>
    public double SillHeight { get; init; } = 0.75;

    /// <summary>Time step of the Sun's path; each step counts in full when the Sun is seen at its middle.</summary>
    public TimeSpan TimeStep { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Width of the azimuth bins of each point's horizon, degrees (must divide 360 into whole bins).</summary>
    public double AzimuthStep { get; init; } = 1;

    /// <summary>Obstacles farther away than this (metres, horizontally) are ignored.</summary>
    public double MaxDistance { get; init; } = 300;

    /// <summary>The Sun counts only above this elevation, degrees (0 for the light TNO norm; 10 in The Hague's variant).</summary>
    public double MinimumSunElevation { get; init; }

    /// <summary>Hours of possible sun a dwelling needs on every day of the period.</summary>
    public double RequiredHours { get; init; } = LightTnoRequiredHours;

    /// <summary>
    /// Whether tree crowns cast shadow (as opaque ellipsoids on an invisible trunk). Off by default: practice
    /// leaves deciduous trees out, and the register does not say which trees keep their leaves.
    /// </summary>
    public bool IncludeTrees { get; init; }

    /// <summary>
    /// Only buildings whose anchor lies in this box receive sample points (a district, or the surroundings of a
    /// proposal); every building of the city still casts shadow. All buildings when null.
    /// </summary>
    public RdEnvelope? Area { get; init; }

    /// <summary>What is wrong with the options, each naming the parameter; empty when they can be used.</summary>
    public ImmutableArray<SunHoursProblem> Validate()
    {
        var problems = ImmutableArray.CreateBuilder<SunHoursProblem>();
        void Check(bool ok, string parameter, FormattableString message)
        {
            if (!ok)
            {
                problems.Add(new SunHoursProblem(parameter, FormattableString.Invariant(message)));
            }
        }

        Check(To >= From, "to", $"period end {To:yyyy-MM-dd} is before its start {From:yyyy-MM-dd}");
        Check(To.DayNumber - From.DayNumber < 366, "to", $"period {From:yyyy-MM-dd}..{To:yyyy-MM-dd} is longer than a year");
        Check(Spacing is >= 0.1 and <= 1000, "spacing", $"spacing {Spacing} must be within 0.1..1000 metres");
        Check(SillHeight is >= 0 and <= 500, "sill-height", $"sill height {SillHeight} must be within 0..500 metres");
        Check(TimeStep >= TimeSpan.FromSeconds(10) && TimeStep <= TimeSpan.FromHours(1), "time-step", $"time step {TimeStep} must be within 10 s..1 h");
        Check(AzimuthStep is >= 0.05 and <= 10 && IsWhole(360 / AzimuthStep), "azimuth-step", $"azimuth step {AzimuthStep} must be within 0.05..10 degrees and divide 360");
        Check(MaxDistance is >= 1 and <= 5000, "max-distance", $"max distance {MaxDistance} must be within 1..5000 metres");
        Check(MinimumSunElevation is >= 0 and < 60, "minimum-sun-elevation", $"minimum sun elevation {MinimumSunElevation} must be within 0..60 degrees");
        Check(RequiredHours is >= 0 and <= 24, "required-hours", $"required hours {RequiredHours} must be within 0..24");
        Check(Area is not { } area || (!area.IsEmpty && double.IsFinite(area.Width) && double.IsFinite(area.Height)), "area", $"area {Area} must be a finite, non-empty box");
        return problems.ToImmutable();
    }

    internal int AzimuthBins => (int)Math.Round(360 / AzimuthStep);

    private static bool IsWhole(double value) => double.IsFinite(value) && Math.Abs(value - Math.Round(value)) < 1e-9;
}
