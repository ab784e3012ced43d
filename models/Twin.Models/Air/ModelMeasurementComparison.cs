using System.Collections.Immutable;

namespace Twin.Models.Air;

/// <summary>
/// Puts calibrated sensor means beside a street air-quality run: each sensor pairs with the nearest
/// calculation point within <c>maximumDistance</c> metres, else with the background (a sensor in a park
/// or a back garden sees the background, not the street); per quantity the bias and RMSE of modelled
/// against measured.
/// </summary>
public static class ModelMeasurementComparison
{
    /// <summary>Default reach from a sensor to a calculation point, metres.</summary>
    public const double DefaultMaximumDistance = 25;

    public static ModelMeasurementReport Compare(
        StreetAirQualityResult result,
        IReadOnlyList<MeasuredConcentration> measurements,
        AirQualitySettings settings,
        double maximumDistance = DefaultMaximumDistance)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(settings);
        var problems = Validate(result, measurements, settings, maximumDistance);
        if (!problems.IsEmpty)
        {
            return new ModelMeasurementReport([], [], problems);
        }

        var pairs = measurements.Select(m => Pair(m, result, settings, maximumDistance)).ToImmutableArray();
        var quantities = pairs
            .GroupBy(p => p.Quantity)
            .OrderBy(g => g.Key)
            .Select(g => Agreement(g.Key, [.. g]))
            .ToImmutableArray();
        return new ModelMeasurementReport(pairs, quantities, []);
    }

    /// <summary>Bias (mean of modelled − measured) and RMSE of a set of pairs of one quantity.</summary>
    public static QuantityAgreement Agreement(AirQuantity quantity, IReadOnlyList<ModelMeasurementPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
        {
            return new QuantityAgreement(quantity, 0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var bias = pairs.Average(p => p.Difference);
        var rmse = Math.Sqrt(pairs.Average(p => p.Difference * p.Difference));
        return new QuantityAgreement(quantity, pairs.Count, bias, rmse, pairs.Average(p => p.Measured), pairs.Average(p => p.Modelled));
    }

    private static ModelMeasurementPair Pair(MeasuredConcentration measurement, StreetAirQualityResult result, AirQualitySettings settings, double maximumDistance)
    {
        SegmentAirQuality? nearest = null;
        var distance = double.PositiveInfinity;
        foreach (var segment in result.Segments)
        {
            var d = segment.CalculationPoint.DistanceTo(measurement.Location);
            if (d < distance)
            {
                distance = d;
                nearest = segment;
            }
        }

        return nearest is not null && distance <= maximumDistance
            ? new ModelMeasurementPair(measurement.SensorId, measurement.Quantity, measurement.Location, measurement.Value, nearest.Concentration(measurement.Quantity), nearest.SegmentId, distance)
            : new ModelMeasurementPair(measurement.SensorId, measurement.Quantity, measurement.Location, measurement.Value, Background(settings, measurement.Quantity), null, null);
    }

    /// <summary>The model's value away from the streets: the background, PM10 sea-salt corrected like the street values.</summary>
    private static double Background(AirQualitySettings settings, AirQuantity quantity) => quantity switch
    {
        AirQuantity.NO2 => settings.Background.NO2,
        AirQuantity.PM10 => Math.Max(0, settings.Background.PM10 - settings.SeaSaltCorrectionPm10),
        AirQuantity.PM25 => settings.Background.PM25,
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "unknown quantity"),
    };

    private static ImmutableArray<AirQualityProblem> Validate(StreetAirQualityResult result, IReadOnlyList<MeasuredConcentration> measurements, AirQualitySettings settings, double maximumDistance)
    {
        var problems = ImmutableArray.CreateBuilder<AirQualityProblem>();
        if (!result.Succeeded)
        {
            problems.Add(new("result", "the air-quality run failed; there is nothing to compare"));
        }

        problems.AddRange(settings.Background is null ? [new("background", "is missing")] : settings.Background.Validate());
        if (!(double.IsFinite(maximumDistance) && maximumDistance >= 0))
        {
            problems.Add(new("maximum-distance", FormattableString.Invariant($"maximum distance {maximumDistance} m must be a number, 0 or more")));
        }

        var seen = new HashSet<(string, AirQuantity)>();
        foreach (var m in measurements)
        {
            if (m is null)
            {
                problems.Add(new("measurements", "the measurements hold an empty entry"));
                continue;
            }

            var subject = "sensor " + m.SensorId;
            if (string.IsNullOrWhiteSpace(m.SensorId))
            {
                problems.Add(new("measurements", "a measurement has no sensor id"));
            }

            if (!Enum.IsDefined(m.Quantity))
            {
                problems.Add(new(subject, $"quantity {m.Quantity} is not one of NO2, PM10, PM2.5"));
            }
            else if (!seen.Add((m.SensorId ?? string.Empty, m.Quantity)))
            {
                problems.Add(new(subject, $"sensor has more than one {m.Quantity} mean; give one per quantity"));
            }

            if (!(double.IsFinite(m.Value) && m.Value >= 0))
            {
                problems.Add(new(subject, FormattableString.Invariant($"measured {m.Quantity} {m.Value} µg/m³ must be a number, 0 or more")));
            }

            if (!(double.IsFinite(m.Location.X) && double.IsFinite(m.Location.Y)))
            {
                problems.Add(new(subject, "location must be an RD New point"));
            }
        }

        return problems.ToImmutable();
    }
}
