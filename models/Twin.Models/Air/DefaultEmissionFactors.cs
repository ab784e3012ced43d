using System.Collections.Immutable;

namespace Twin.Models.Air;

/// <summary>
/// The emission factors Twin ships with, and where each number comes from.
/// </summary>
public static class DefaultEmissionFactors
{
    /// <summary>
    /// Year 2004. The normal-urban column for light, medium and heavy vehicles is the real set of the
    /// SRM1 reference situation (Regeling beoordeling luchtkwaliteit 2007, Bijlage 4, part 1: light 0.62
    /// NOx / 0.065 PM10, medium 10.46 / 0.419, heavy 15.25 / 0.515 g/km). Buses take the medium
    /// factors because the regulation counts buses as medium vehicles. Everything else is a Twin
    /// estimate, labelled as such in <see cref="EmissionFactorTable.Source"/>: the other speed types
    /// are the normal-urban factors times <see cref="SpeedTypeMultiplier"/> (stagnant traffic emits more
    /// per kilometre, flowing and rural traffic less, heavy vehicles more sensitive than light ones,
    /// the ordering of the published SRM1 tables, not their numbers), and PM2.5 is PM10 times
    /// <see cref="Pm25Share"/> (exhaust particles are fine, wear particles partly coarse). Replace the
    /// whole table with the year's published factors when they are at hand.
    /// </summary>
    public static EmissionFactorTable Reference2004 { get; } = Build();

    /// <summary>Twin estimate: factor on the normal-urban NOx (first) and PM10 (second) factor, by speed type, for light and for other vehicles.</summary>
    public static (double NOx, double PM10) SpeedTypeMultiplier(VehicleCategory category, SpeedType speedType) =>
        (category == VehicleCategory.Light, speedType) switch
        {
            (_, SpeedType.NormalUrban) => (1.0, 1.0),
            (true, SpeedType.Stagnant) => (1.5, 1.4),
            (true, SpeedType.FlowingUrban) => (0.85, 0.85),
            (true, SpeedType.Rural) => (0.9, 0.8),
            (false, SpeedType.Stagnant) => (1.8, 1.6),
            (false, SpeedType.FlowingUrban) => (0.8, 0.8),
            (false, SpeedType.Rural) => (0.6, 0.6),
            _ => throw new ArgumentOutOfRangeException(nameof(speedType), speedType, "unknown speed type"),
        };

    /// <summary>Twin estimate: PM2.5 as a share of PM10 (exhaust plus wear) per category.</summary>
    public static double Pm25Share(VehicleCategory category) => category == VehicleCategory.Light ? 0.6 : 0.7;

    private static EmissionFactorTable Build()
    {
        var rows = ImmutableArray.CreateBuilder<EmissionFactor>();
        foreach (var category in Enum.GetValues<VehicleCategory>())
        {
            var (nox, pm10) = NormalUrban(category);
            foreach (var speedType in Enum.GetValues<SpeedType>())
            {
                var (noxFactor, pm10Factor) = SpeedTypeMultiplier(category, speedType);
                var rowPm10 = Math.Round(pm10 * pm10Factor, 4);
                rows.Add(new EmissionFactor(category, speedType, Math.Round(nox * noxFactor, 4), rowPm10, Math.Round(rowPm10 * Pm25Share(category), 4)));
            }
        }

        return new EmissionFactorTable(
            "srm1-reference-2004",
            2004,
            "Normal-urban light/medium/heavy NOx and PM10: SRM1 reference situation, Regeling beoordeling luchtkwaliteit 2007 "
            + "Bijlage 4 (real). Bus = medium (the regulation counts buses as medium vehicles). Other speed types and all PM2.5: "
            + "Twin estimates (multipliers on normal urban; PM2.5 = 0.6 x PM10 light, 0.7 x PM10 others), not published factors.",
            rows.ToImmutable());
    }

    private static (double NOx, double PM10) NormalUrban(VehicleCategory category) => category switch
    {
        VehicleCategory.Light => (0.62, 0.065),
        VehicleCategory.Medium or VehicleCategory.Bus => (10.46, 0.419),
        VehicleCategory.Heavy => (15.25, 0.515),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown vehicle category"),
    };
}
