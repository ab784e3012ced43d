using Twin.Models.City;
using Twin.Models.Planning;

namespace Twin.Models.Air;

/// <summary>SRM1 for one street segment with valid settings: traffic to emission to concentration.</summary>
internal sealed class Srm1StreetCalculator(AirQualitySettings settings)
{
    private static readonly VehicleCategory[] Categories = Enum.GetValues<VehicleCategory>();

    private readonly EmissionFactor[] _factors = settings.EmissionFactors.ToLookup();

    public (SegmentAirQuality Result, AirQualityProblem[] Warnings) Calculate(StreetSegment segment, StreetProfile profile, SegmentTraffic? traffic)
    {
        var warnings = new List<AirQualityProblem>();
        if (traffic is null)
        {
            warnings.Add(new(segment.Id, "no traffic given for this street segment; background only"));
        }

        if (segment.RoadClass == RoadClass.Motorway)
        {
            warnings.Add(new(segment.Id, "a motorway lies outside SRM1's scope (SRM2 applies); the SRM1 value is an indication"));
        }

        if (profile.DistanceFromAxis > DilutionCurve.MaximumDistance)
        {
            warnings.Add(new(segment.Id, FormattableString.Invariant($"calculation point {profile.DistanceFromAxis:0.#} m from the axis lies beyond SRM1's 30 m; dilution taken at 30 m")));
        }

        var conversion = settings.Traffic;
        var vehicles = traffic is null || traffic.Closed ? 0 : conversion.VehiclesPerDay(traffic.Flow);
        var speedType = TrafficConversion.SpeedTypeOf(segment.SpeedLimit, traffic?.CongestedSpeed ?? 0);
        var stagnation = traffic is null || traffic.Closed ? 0 : conversion.StagnationOf(traffic.VolumeCapacity, traffic.CongestedSpeed);
        var mix = conversion.Mix(segment.RoadClass);
        double nox = 0, pm10 = 0, pm25 = 0;
        foreach (var category in Categories)
        {
            var count = vehicles * mix.Share(category);
            if (count == 0)
            {
                continue;
            }

            var factor = _factors[EmissionFactorTable.Index(category, speedType)]
                .BlendWith(_factors[EmissionFactorTable.Index(category, SpeedType.Stagnant)], stagnation);
            nox += Srm1.Emission(count, factor.NOx);
            pm10 += Srm1.Emission(count, factor.PM10);
            pm25 += Srm1.Emission(count, factor.PM25);
        }

        var dilution = settings.Dilution.For(profile.RoadType).At(profile.DistanceFromAxis);
        var noxContribution = Srm1.TrafficContribution(nox, dilution, profile.TreeFactor, settings.WindSpeedFactor);
        var pm10Contribution = Srm1.TrafficContribution(pm10, dilution, profile.TreeFactor, settings.WindSpeedFactor);
        var pm25Contribution = Srm1.TrafficContribution(pm25, dilution, profile.TreeFactor, settings.WindSpeedFactor);
        var background = settings.Background;
        var result = new SegmentAirQuality(
            segment.Id,
            segment.StreetName,
            profile.RoadType,
            profile.TreeFactor,
            profile.CalculationPoint,
            profile.CalculationHeight,
            profile.DistanceFromAxis,
            profile.CanyonWidth,
            profile.CanyonHeight,
            vehicles,
            speedType,
            stagnation,
            nox,
            pm10,
            pm25,
            noxContribution,
            Srm1.NitrogenDioxide(background.NO2, background.O3, noxContribution, settings.Chemistry),
            Math.Max(0, background.PM10 + pm10Contribution - settings.SeaSaltCorrectionPm10),
            background.PM25 + pm25Contribution);
        return (result, [.. warnings]);
    }
}
