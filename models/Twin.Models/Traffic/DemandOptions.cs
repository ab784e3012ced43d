namespace Twin.Models.Traffic;

/// <summary>
/// How trips are generated from buildings and distributed between zones. Distribution is a
/// doubly constrained gravity model with the combined deterrence function
/// <c>f(t) = t^-DeterrencePower · exp(-DeterrenceRate · t)</c> on free-flow zone-to-zone times in
/// minutes, balanced with Furness iterations.
/// </summary>
public sealed record DemandOptions
{
    public static DemandOptions Default { get; } = new();

    public DemandPeriod Period { get; init; } = DemandPeriod.MorningPeakHour;

    public TripRates Rates { get; init; } = TripRates.Default;

    /// <summary>Exponential deterrence per minute (assumption: 0.1, half the trips within about 7 minutes' extra travel).</summary>
    public double DeterrenceRate { get; init; } = 0.1;

    /// <summary>Power deterrence; 0 makes the function purely exponential.</summary>
    public double DeterrencePower { get; init; }

    /// <summary>
    /// Peak-hour trips each external zone sends and receives, as a fraction of the capacity of its road
    /// (assumption: 0.4; a main road entering the area half loaded in each direction in the peak).
    /// </summary>
    public double ExternalLoadFactor { get; init; } = 0.4;

    /// <summary>Share of a day's external trips in the morning peak hour (for <see cref="DemandPeriod.Day"/>).</summary>
    public double ExternalPeakHourShare { get; init; } = 0.1;

    /// <summary>Stop Furness balancing when every row and column total is within this relative error.</summary>
    public double BalanceTolerance { get; init; } = 1e-6;

    public int MaxBalanceIterations { get; init; } = 200;
}
