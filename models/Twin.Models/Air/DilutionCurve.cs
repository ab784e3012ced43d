namespace Twin.Models.Air;

/// <summary>
/// The SRM1 dilution factor s_c of one road type against the distance x (m) from the road axis:
/// s_c = A·x² + B·x + C, valid from <see cref="MinimumDistance"/> to <see cref="MaximumDistance"/>
/// (SRM1: up to 30 m); outside that range the distance is held at the nearest end.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.dilution-curve")]
public sealed record DilutionCurve(
    [property: Id(0)] double A,
    [property: Id(1)] double B,
    [property: Id(2)] double C)
{
    public const double MinimumDistance = 3;
    public const double MaximumDistance = 30;

    public double At(double distanceFromAxis)
    {
        var x = Math.Clamp(distanceFromAxis, MinimumDistance, MaximumDistance);
        return Math.Max(0, (A * x * x) + (B * x) + C);
    }

    /// <summary>Null when the curve gives finite, positive, non-increasing factors over its range; else what is wrong.</summary>
    public string? Problem()
    {
        if (!(double.IsFinite(A) && double.IsFinite(B) && double.IsFinite(C)))
        {
            return FormattableString.Invariant($"coefficients {A}, {B}, {C} must be numbers");
        }

        var previous = double.PositiveInfinity;
        for (var x = MinimumDistance; x <= MaximumDistance; x += 1)
        {
            var value = (A * x * x) + (B * x) + C;
            // A vertex just inside 30 m (a rise of a thousandth) is tolerated; a curve that climbs is not.
            if (value <= 0 || value > previous + 0.001)
            {
                return FormattableString.Invariant($"the factor must stay positive and must not grow with distance from {MinimumDistance} to {MaximumDistance} m; at {x} m it is {value:0.####}");
            }

            previous = value;
        }

        return null;
    }
}
