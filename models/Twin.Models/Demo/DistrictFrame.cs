using Twin.Models.Geo;

namespace Twin.Models.Demo;

/// <summary>
/// Places the district's local frame in RD New: the origin on the station, turned counter-clockwise
/// so that the railway runs north-north-west as it does through Hilversum. Coordinates are rounded to
/// millimetres, and the same local point always gives the same RD point, so shared nodes match exactly.
/// </summary>
internal sealed class DistrictFrame
{
    private readonly RdPoint _origin;
    private readonly double _cos;
    private readonly double _sin;

    public DistrictFrame(RdPoint origin, double rotationDegrees)
    {
        _origin = origin;
        var angle = rotationDegrees * Math.PI / 180;
        (_cos, _sin) = (Math.Cos(angle), Math.Sin(angle));
    }

    public RdPoint ToRd(LocalPoint point) => new(
        Math.Round(_origin.X + (point.U * _cos) - (point.V * _sin), 3),
        Math.Round(_origin.Y + (point.U * _sin) + (point.V * _cos), 3));
}
