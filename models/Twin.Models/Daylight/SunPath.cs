using Twin.Models.Geo;
using Twin.Models.Solar;

namespace Twin.Models.Daylight;

/// <summary>
/// The Sun's path over every day of a period, as seen from one place (a district is small enough for one):
/// per time step with the Sun above the counting elevation, the azimuth bin it is in (azimuths turned from
/// true north to the RD New grid north) and the tangent of its elevation. Steps are grouped per day.
/// </summary>
internal sealed class SunPath
{
    private SunPath(int days, int[] dayStart, int[] bins, float[] tangents, double stepHours, bool[] visited)
    {
        Days = days;
        DayStart = dayStart;
        Bins = bins;
        Tangents = tangents;
        StepHours = stepHours;
        Visited = visited;
    }

    public int Days { get; }

    /// <summary>Index of the first step of each day, with one extra entry at the end.</summary>
    public int[] DayStart { get; }

    public int[] Bins { get; }

    public float[] Tangents { get; }

    public double StepHours { get; }

    /// <summary>The azimuth bins the Sun passes through above the counting elevation during the period.</summary>
    public bool[] Visited { get; }

    public static SunPath For(RdPoint centre, SunHoursOptions options)
    {
        var days = options.To.DayNumber - options.From.DayNumber + 1;
        var perDay = (int)Math.Ceiling(TimeSpan.FromDays(1) / options.TimeStep);
        var instants = new DateTimeOffset[days * perDay];
        var start = new DateTimeOffset(options.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        for (var d = 0; d < days; d++)
        {
            for (var k = 0; k < perDay; k++)
            {
                // The middle of each step stands for the whole step.
                instants[(d * perDay) + k] = start.AddDays(d) + (options.TimeStep * (k + 0.5));
            }
        }

        var geo = RdNew.ToWgs84(centre);
        var angles = SolarTrack.Compute(instants).Observe(new SolarSite(geo.Latitude, geo.Longitude));
        var gridNorth = GridNorthBearing(centre);
        var binCount = options.AzimuthBins;
        var minimum = Math.Max(options.MinimumSunElevation, 0);
        var dayStart = new int[days + 1];
        var bins = new List<int>(instants.Length / 2);
        var tangents = new List<float>(instants.Length / 2);
        var visited = new bool[binCount];
        for (var d = 0; d < days; d++)
        {
            dayStart[d] = bins.Count;
            for (var k = 0; k < perDay; k++)
            {
                var sun = angles[(d * perDay) + k];
                if (!(sun.Elevation > minimum))
                {
                    continue;
                }

                var azimuth = Angles.Limit(sun.Azimuth - gridNorth);
                var bin = Math.Min((int)(azimuth / options.AzimuthStep), binCount - 1);
                bins.Add(bin);
                tangents.Add((float)Math.Tan(sun.Elevation * Math.PI / 180));
                visited[bin] = true;
            }
        }

        dayStart[days] = bins.Count;
        return new SunPath(days, dayStart, [.. bins], [.. tangents], options.TimeStep.TotalHours, visited);
    }

    /// <summary>The true bearing (degrees, east of north) of RD New's grid north at a point: the meridian convergence, about -0.2° in Hilversum.</summary>
    internal static double GridNorthBearing(RdPoint at)
    {
        var south = RdNew.ToWgs84(new RdPoint(at.X, at.Y - 500));
        var north = RdNew.ToWgs84(new RdPoint(at.X, at.Y + 500));
        var east = (north.Longitude - south.Longitude) * Math.Cos((north.Latitude + south.Latitude) / 2 * Math.PI / 180);
        return Math.Atan2(east, north.Latitude - south.Latitude) * 180 / Math.PI;
    }
}
