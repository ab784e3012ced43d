using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>A building's footprint ring and height, ready for cross-sections to hit.</summary>
internal sealed record BuildingOutline(RdPoint[] Ring, double Height, RdEnvelope Box)
{
    /// <summary>Distance along a ray (unit direction) to the first footprint edge it crosses, or +∞ beyond <paramref name="reach"/>.</summary>
    public double RayDistance(RdPoint origin, RdPoint direction, double reach)
    {
        var nearest = double.PositiveInfinity;
        for (var i = 0; i + 1 < Ring.Length; i++)
        {
            var a = Ring[i];
            var b = Ring[i + 1];
            var ex = b.X - a.X;
            var ey = b.Y - a.Y;
            var denominator = (direction.X * ey) - (direction.Y * ex);
            if (Math.Abs(denominator) < 1e-12)
            {
                continue;
            }

            var ax = a.X - origin.X;
            var ay = a.Y - origin.Y;
            var t = ((ax * ey) - (ay * ex)) / denominator;
            var u = ((ax * direction.Y) - (ay * direction.X)) / denominator;
            if (t >= 0 && t <= reach && u is >= 0 and <= 1 && t < nearest)
            {
                nearest = t;
            }
        }

        return nearest;
    }
}
