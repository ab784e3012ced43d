namespace Twin.Models.Traffic;

/// <summary>
/// Car trips a building generates on an average weekday, and how the morning peak hour takes its
/// share of them.
/// </summary>
/// <param name="PerDwelling">Car trip ends per dwelling per day (applied to a building's dwellings, whatever its main use).</param>
/// <param name="PerHundredSquareMetres">Car trip ends per 100 m² gross floor area per day (non-residential uses).</param>
/// <param name="PeakHourShare">Fraction of the day's trip ends in the morning peak hour.</param>
/// <param name="PeakOutboundShare">Fraction of the peak-hour trip ends that leave the building.</param>
public sealed record TripRate(double PerDwelling, double PerHundredSquareMetres, double PeakHourShare, double PeakOutboundShare);
