using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Air;

/// <summary>
/// How the traffic model's morning peak hour becomes the average day SRM1 needs, what vehicles make
/// up that day per road class, and how congestion becomes a stagnation factor.
/// </summary>
/// <remarks>
/// Defaults are Twin estimates, not measured for Hilversum: the morning peak hour carries about 8% of
/// the average day's traffic on urban roads (Dutch rule of thumb 7-10%); the vehicle mixes follow the
/// usual picture of Dutch urban counts (more lorries on through roads, almost none in residential
/// streets; the SRM1 reference street has 3% medium and 5% heavy). Stagnation: at V/C below
/// <see cref="StagnationStartRatio"/> nothing stagnates, at <see cref="StagnationFullRatio"/> and above
/// the peak stagnates fully, linear between; only the peak periods congest, so the day's stagnation
/// factor is that times <see cref="CongestedShareOfDay"/>, the share of daily traffic that drives in
/// the peak periods (two peaks of about two hours: 0.3). A congested speed below 15 km/h makes the
/// peak stagnant whatever the V/C.
/// </remarks>
[GenerateSerializer, Immutable, Alias("twin.air.traffic-conversion")]
public sealed record TrafficConversion
{
    public static TrafficConversion Default { get; } = new();

    /// <summary>Share of the average day's vehicles that drive in the modelled morning peak hour.</summary>
    [Id(0)] public double PeakHourShare { get; init; } = 0.08;

    [Id(1)] public VehicleMix MotorwayMix { get; init; } = new(0.84, 0.06, 0.10, 0.00);

    [Id(2)] public VehicleMix ArterialMix { get; init; } = new(0.90, 0.05, 0.04, 0.01);

    [Id(3)] public VehicleMix CollectorMix { get; init; } = new(0.93, 0.04, 0.02, 0.01);

    [Id(4)] public VehicleMix ResidentialMix { get; init; } = new(0.96, 0.03, 0.01, 0.00);

    [Id(5)] public VehicleMix ServiceMix { get; init; } = new(0.97, 0.03, 0.00, 0.00);

    [Id(6)] public double StagnationStartRatio { get; init; } = 0.8;

    [Id(7)] public double StagnationFullRatio { get; init; } = 1.2;

    [Id(8)] public double CongestedShareOfDay { get; init; } = 0.3;

    public VehicleMix Mix(RoadClass roadClass) => roadClass switch
    {
        RoadClass.Motorway => MotorwayMix,
        RoadClass.Arterial => ArterialMix,
        RoadClass.Collector => CollectorMix,
        RoadClass.Residential => ResidentialMix,
        _ => ServiceMix,
    };

    /// <summary>Vehicles on the average day from the peak-hour flow (both directions, veh/h).</summary>
    public double VehiclesPerDay(double peakHourFlow) => peakHourFlow / PeakHourShare;

    /// <summary>
    /// The speed type of a street without congestion from its speed limit: 70 km/h and above rural,
    /// 50-60 flowing urban, below 50 normal urban; a flowing street whose modelled peak speed drops
    /// below 30 km/h counts as normal urban.
    /// </summary>
    public static SpeedType SpeedTypeOf(double speedLimit, double congestedSpeed) => speedLimit switch
    {
        >= 70 => SpeedType.Rural,
        >= 50 when congestedSpeed is > 0 and < 30 => SpeedType.NormalUrban,
        >= 50 => SpeedType.FlowingUrban,
        _ => SpeedType.NormalUrban,
    };

    /// <summary>The day's stagnation factor (0-1) from the peak hour's V/C and congested speed (km/h, 0 when unknown).</summary>
    public double StagnationOf(double volumeCapacity, double congestedSpeed)
    {
        var peak = Math.Clamp((volumeCapacity - StagnationStartRatio) / (StagnationFullRatio - StagnationStartRatio), 0, 1);
        if (congestedSpeed is > 0 and < 15)
        {
            peak = 1;
        }

        return peak * CongestedShareOfDay;
    }

    public IEnumerable<AirQualityProblem> Validate()
    {
        if (!(double.IsFinite(PeakHourShare) && PeakHourShare is > 0 and <= 1))
        {
            yield return new("traffic.peak-hour-share", FormattableString.Invariant($"peak-hour share {PeakHourShare} must be greater than 0 and at most 1"));
        }

        foreach (var roadClass in Enum.GetValues<RoadClass>())
        {
            if (Mix(roadClass)?.Problem() is { } problem)
            {
                yield return new($"traffic.mix.{roadClass.ToString().ToLowerInvariant()}", problem);
            }
        }

        if (!(double.IsFinite(StagnationStartRatio) && double.IsFinite(StagnationFullRatio) && StagnationStartRatio >= 0 && StagnationFullRatio > StagnationStartRatio))
        {
            yield return new("traffic.stagnation", FormattableString.Invariant($"V/C where stagnation starts ({StagnationStartRatio}) must be 0 or more and below the V/C where it is full ({StagnationFullRatio})"));
        }

        if (!(double.IsFinite(CongestedShareOfDay) && CongestedShareOfDay is >= 0 and <= 1))
        {
            yield return new("traffic.congested-share-of-day", FormattableString.Invariant($"congested share of the day {CongestedShareOfDay} must lie between 0 and 1"));
        }
    }

    internal ImmutableArray<AirQualityProblem> Problems() => [.. Validate()];
}
