using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Traffic;

namespace Twin.Models.Planning;

/// <summary>
/// The rules of thumb behind a scenario's planning indicators, all replaceable per run. The defaults
/// are stated assumptions, not calibrated figures: gross floor area per job of the order planners
/// use for a first sketch (an office workplace 25 m², a shop job 50 m², a factory job 80 m²);
/// new foundations reach 3 m below ground (pile caps, basements), and a utility line whose top lies
/// above that depth conflicts when it runs under a new footprint or within 2 m of it; trip rates are
/// the traffic model's (<see cref="TripRates.Default"/>).
/// </summary>
public sealed record PlanningRules
{
    public static PlanningRules Default { get; } = new();

    /// <summary>Gross floor area per job (m²) by use; uses not listed (and dwellings) have no jobs.</summary>
    public ImmutableDictionary<BuildingUse, double> FloorAreaPerJob { get; init; } = ImmutableDictionary.CreateRange(new Dictionary<BuildingUse, double>
    {
        [BuildingUse.Kantoorfunctie] = 25,
        [BuildingUse.Winkelfunctie] = 50,
        [BuildingUse.Industriefunctie] = 80,
        [BuildingUse.Onderwijsfunctie] = 60,
        [BuildingUse.Gezondheidszorgfunctie] = 45,
        [BuildingUse.Bijeenkomstfunctie] = 60,
        [BuildingUse.Logiesfunctie] = 100,
        [BuildingUse.Sportfunctie] = 150,
        [BuildingUse.Celfunctie] = 100,
        [BuildingUse.OverigeGebruiksfunctie] = 100,
    });

    /// <summary>How deep below ground a new building's foundation reaches, metres.</summary>
    public double FoundationDepth { get; init; } = 3.0;

    /// <summary>How close (horizontally, metres) to a new footprint a shallower utility line still conflicts.</summary>
    public double UtilityClearance { get; init; } = 2.0;

    /// <summary>How far around the edited entities the plan area reaches when none is given, metres.</summary>
    public double PlanAreaMargin { get; init; } = 100;

    public TripRates TripRates { get; init; } = TripRates.Default;

    /// <summary>What is wrong with the rules, if anything (empty when they can be used).</summary>
    public ImmutableArray<string> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var (use, area) in FloorAreaPerJob.Where(p => !double.IsFinite(p.Value) || p.Value <= 0))
        {
            problems.Add($"floor area per job for {use} must be above 0 m², not {area}");
        }

        if (!double.IsFinite(FoundationDepth) || FoundationDepth < 0)
        {
            problems.Add($"foundation depth must be 0 m or more, not {FoundationDepth}");
        }

        if (!double.IsFinite(UtilityClearance) || UtilityClearance < 0)
        {
            problems.Add($"utility clearance must be 0 m or more, not {UtilityClearance}");
        }

        if (!double.IsFinite(PlanAreaMargin) || PlanAreaMargin < 0)
        {
            problems.Add($"plan area margin must be 0 m or more, not {PlanAreaMargin}");
        }

        return problems.ToImmutable();
    }
}
