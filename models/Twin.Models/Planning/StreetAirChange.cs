using Twin.Models.Air;

namespace Twin.Models.Planning;

/// <summary>One street's annual-mean concentrations today and in the plan (µg/m³ at its calculation point); null where the street does not exist.</summary>
public sealed record StreetAirChange(string SegmentId, string StreetName, SegmentAirQuality? Today, SegmentAirQuality? Plan)
{
    public double No2Change => (Plan?.NO2 ?? 0) - (Today?.NO2 ?? 0);
}
