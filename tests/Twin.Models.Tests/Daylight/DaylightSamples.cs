using Twin.Models.City;
using Twin.Models.Daylight;
using Twin.Models.Geo;
using Twin.Models.Solar;
using Twin.Models.Tests.Demo;

namespace Twin.Models.Tests.Daylight;

/// <summary>Hand-made buildings and trees around Hilversum station for the sun-hours tests, in metres east and north of it.</summary>
internal static class DaylightSamples
{
    public static RdPoint Origin { get; } = new(Math.Round(DemoSets.Station.X), Math.Round(DemoSets.Station.Y));

    /// <summary>A box with its south-west corner at (x, y): facade 0 faces south, 1 east, 2 north, 3 west.</summary>
    public static Building Box(string id, double x, double y, double width, double depth, double roof, int dwellings = 1, double ground = 0)
    {
        var corners = new[] { (x, y), (x + width, y), (x + width, y + depth), (x, y + depth), (x, y) };
        var ring = new RdLine(corners.Select(c => new RdPoint(Origin.X + c.Item1, Origin.Y + c.Item2)).ToArray());
        return new Building(id, new RdPolygon(ring), ground, roof, Math.Max(1, (int)(roof / 3)), BuildingUse.Woonfunctie, 2000, dwellings);
    }

    public static Tree Tree(string id, double x, double y, double height, double crown) =>
        new(id, "Quercus robur", new RdPoint(Origin.X + x, Origin.Y + y), height, crown, 150, 1960, TreeProtection.None, null, TreeDimensionsSource.Measured);

    public static SunHoursOptions Day(int month, int day) => new()
    {
        From = new DateOnly(2026, month, day),
        To = new DateOnly(2026, month, day),
        TimeStep = TimeSpan.FromMinutes(1),
    };

    public static FacadeSunHours Facade(SunHoursResult result, string building, int facade) =>
        result.Buildings.Single(b => b.BuildingId == building).Facades[facade];

    /// <summary>
    /// The Sun every minute of a UTC day from the station, straight from the SPA: what a hand check with a
    /// sun-path diagram would read.
    /// </summary>
    public static SunAngles[] Minutes(int month, int day)
    {
        var site = RdNew.ToWgs84(Origin);
        var start = new DateTimeOffset(2026, month, day, 0, 0, 30, TimeSpan.Zero);
        return SolarTrack.Every(start, TimeSpan.FromMinutes(1), 24 * 60).Observe(new SolarSite(site.Latitude, site.Longitude));
    }
}
