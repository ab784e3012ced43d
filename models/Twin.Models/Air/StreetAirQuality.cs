using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Planning;

namespace Twin.Models.Air;

/// <summary>
/// Annual-mean NO2, PM10 and PM2.5 along every street of a city by SRM1, the Dutch standard calculation
/// method 1: concentration = background + 0.62 · E · s_c · F_b · θ, with the emission E from the
/// traffic run (peak hour to average day, vehicle mix per road class, speed type and stagnation), the
/// road type and tree factor from the buildings and trees along each street, NO2 from NOx through the
/// ozone conversion, and PM10 corrected for sea salt.
/// </summary>
public static class StreetAirQuality
{
    /// <summary>
    /// Profiles the streets of <paramref name="city"/> and calculates them with <paramref name="traffic"/>
    /// (one entry per street segment, as <see cref="ScenarioTraffic.Run"/> gives). Bad settings or bad
    /// traffic entries (unknown segment, negative or non-numeric flows) fail the run with problems that
    /// name them, and no segment is returned.
    /// </summary>
    public static StreetAirQualityResult Calculate(
        CitySet city,
        IReadOnlyList<SegmentTraffic> traffic,
        AirQualitySettings? settings = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(traffic);
        settings ??= AirQualitySettings.Default;
        var problems = settings.Validate();
        if (!problems.IsEmpty)
        {
            return StreetAirQualityResult.Failed(settings, problems);
        }

        var profiles = Profile(city, settings, cancellationToken);
        return Calculate(city.StreetSegments, profiles, traffic, settings, cancellationToken);
    }

    /// <summary>The profile of every street segment of the city, in the city's order (profile once, calculate many traffic runs).</summary>
    public static ImmutableArray<StreetProfile> Profile(CitySet city, AirQualitySettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(settings);
        var profiler = new StreetProfiler(city, settings.Profiler);
        var segments = city.StreetSegments;
        var profiles = new StreetProfile[segments.Length];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, segments.Length, options, i =>
            profiles[i] = profiler.Profile(segments[i], settings.DistanceFromRoadEdge, settings.CalculationHeight));
        return [.. profiles];
    }

    /// <summary>Calculates segments whose profiles are known (<see cref="Profile"/>), matched by segment id.</summary>
    public static StreetAirQualityResult Calculate(
        IReadOnlyList<StreetSegment> segments,
        IReadOnlyList<StreetProfile> profiles,
        IReadOnlyList<SegmentTraffic> traffic,
        AirQualitySettings? settings = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(traffic);
        settings ??= AirQualitySettings.Default;
        var problems = settings.Validate().ToBuilder();
        var byId = TrafficById(segments, traffic, problems);
        var profileById = profiles.ToDictionary(p => p.SegmentId, StringComparer.Ordinal);
        foreach (var segment in segments.Where(s => !profileById.ContainsKey(s.Id)))
        {
            problems.Add(new(segment.Id, "street segment has no profile"));
        }

        if (problems.Count > 0)
        {
            return StreetAirQualityResult.Failed(settings, problems);
        }

        var calculator = new Srm1StreetCalculator(settings);
        var results = new SegmentAirQuality[segments.Count];
        var warnings = new AirQualityProblem[segments.Count][];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, segments.Count, options, i =>
        {
            var segment = segments[i];
            byId.TryGetValue(segment.Id, out var flow);
            (results[i], warnings[i]) = calculator.Calculate(segment, profileById[segment.Id], flow);
        });

        return new StreetAirQualityResult(
            settings.EmissionFactors.Name,
            settings.EmissionFactors.Year,
            settings.Background.Year,
            [.. results],
            [],
            [.. warnings.SelectMany(w => w)]);
    }

    private static Dictionary<string, SegmentTraffic> TrafficById(
        IReadOnlyList<StreetSegment> segments,
        IReadOnlyList<SegmentTraffic> traffic,
        ImmutableArray<AirQualityProblem>.Builder problems)
    {
        var known = segments.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var byId = new Dictionary<string, SegmentTraffic>(StringComparer.Ordinal);
        foreach (var entry in traffic)
        {
            if (entry is null)
            {
                problems.Add(new("traffic", "the traffic holds an empty entry"));
                continue;
            }

            var subject = "traffic." + entry.SegmentId;
            if (!known.Contains(entry.SegmentId ?? string.Empty))
            {
                problems.Add(new(subject, $"traffic for street segment '{entry.SegmentId}', which the city does not have"));
            }
            else if (!byId.TryAdd(entry.SegmentId!, entry))
            {
                problems.Add(new(subject, $"street segment '{entry.SegmentId}' appears more than once in the traffic"));
            }

            foreach (var (name, value) in new[] { ("forward flow", entry.ForwardFlow), ("backward flow", entry.BackwardFlow), ("V/C", entry.VolumeCapacity), ("congested speed", entry.CongestedSpeed) })
            {
                if (!(double.IsFinite(value) && value >= 0))
                {
                    problems.Add(new(subject, FormattableString.Invariant($"{name} {value} must be a number, 0 or more")));
                }
            }
        }

        return byId;
    }
}
