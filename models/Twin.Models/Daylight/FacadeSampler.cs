namespace Twin.Models.Daylight;

/// <summary>
/// Places sample points along facades: every edge of length L gets max(1, floor(L / spacing)) points at the
/// middles of equal pieces, 1 cm outside the wall at sill height above the building's ground level. Points
/// whose outside lies within another building below its roof are on a party wall and are dropped.
/// </summary>
internal static class FacadeSampler
{
    private const double Offset = 0.01;
    private const double PartyWallProbe = 0.25;

    public static List<FacadePoint> Sample(DaylightScene scene, SunHoursOptions options)
    {
        var points = new List<FacadePoint>();
        var buildings = scene.Buildings;
        for (var b = 0; b < buildings.Count; b++)
        {
            var source = buildings.Sources[b];
            var z = source.GroundLevel + options.SillHeight;
            if (options.Area is { } area && !area.Contains(source.Anchor) || !(source.RoofHeight > z))
            {
                continue;
            }

            for (var f = 0; f < buildings.FacadeCount(b); f++)
            {
                var (x0, y0, x1, y1, nx, ny) = buildings.Edge(buildings.EdgeStart(b) + f);
                var length = Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0)));
                if (nx == 0 && ny == 0)
                {
                    continue;
                }

                var count = Math.Max(1, (int)Math.Floor(length / options.Spacing));
                for (var i = 0; i < count; i++)
                {
                    var along = (i + 0.5) / count;
                    double x = x0 + ((x1 - x0) * along), y = y0 + ((y1 - y0) * along);
                    if (!scene.IsInsideBuilding(x + (nx * PartyWallProbe), y + (ny * PartyWallProbe), z))
                    {
                        points.Add(new FacadePoint(b, f, x + (nx * Offset), y + (ny * Offset), z, nx, ny));
                    }
                }
            }
        }

        return points;
    }
}
