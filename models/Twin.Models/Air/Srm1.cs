namespace Twin.Models.Air;

/// <summary>
/// The formulas of SRM1, the Dutch standard calculation method 1 for annual means along urban
/// streets (Regeling beoordeling luchtkwaliteit 2007; CAR II before it).
/// </summary>
public static class Srm1
{
    /// <summary>The empirical constant of the SRM1 traffic contribution.</summary>
    public const double Constant = 0.62;

    /// <summary>One g/km is 1000 µg/m; a day is 86 400 s.</summary>
    public const double GramsPerKilometrePerDayToMicrogramsPerMetrePerSecond = 1000.0 / 86400.0;

    /// <summary>
    /// Emission of a street in µg/(m·s) from the vehicles per day of each category and their emission
    /// factors in g/km: E = Σ N · EF · 1000 / 86400.
    /// </summary>
    public static double Emission(double vehiclesPerDay, double gramsPerKilometre) =>
        vehiclesPerDay * gramsPerKilometre * GramsPerKilometrePerDayToMicrogramsPerMetrePerSecond;

    /// <summary>The traffic contribution in µg/m³: C = 0.62 · E · s_c · F_b · θ.</summary>
    public static double TrafficContribution(double emission, double dilution, double treeFactor, double windSpeedFactor) =>
        Constant * emission * dilution * treeFactor * windSpeedFactor;

    /// <summary>
    /// Annual-mean NO2 (µg/m³) from the background NO2 and ozone and the street's NOx contribution:
    /// NO2 = NO2_bg + f·ΔNOx + B·O3_bg·(1−f)·ΔNOx / ((1−f)·ΔNOx + K): the direct NO2 share f of the
    /// exhaust plus the NO that background ozone oxidises, saturating as the NO outgrows the ozone.
    /// </summary>
    public static double NitrogenDioxide(double backgroundNo2, double backgroundO3, double noxContribution, Srm1Chemistry chemistry)
    {
        ArgumentNullException.ThrowIfNull(chemistry);
        var nitricOxide = (1 - chemistry.DirectNo2Fraction) * noxContribution;
        return backgroundNo2
            + (chemistry.DirectNo2Fraction * noxContribution)
            + (chemistry.OzoneFactor * backgroundO3 * nitricOxide / (nitricOxide + chemistry.ConversionConstant));
    }
}
