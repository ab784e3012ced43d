namespace Twin.Models.Demo;

/// <summary>
/// Divides each side of the railway into blocks between its street lines and decides what each block
/// is: the forecourts, offices by the station, shops in the old centre west of the tracks, parks, and
/// residential neighbourhoods (villas, rows, apartments) chosen per neighbourhood of about 450 m.
/// </summary>
internal sealed class BlockLayout(StreetLayout layout, DistrictPlan plan, int seed, Random random)
{
    private const double BoundaryMargin = 3;
    private const double MinimumBuiltSide = 16;
    private const double StationAreaRadius = 260;
    private const double CentreRadius = 600;
    private const double NeighbourhoodSize = 450;
    private const double InnerCityRadius = 1200;

    public IReadOnlyList<CityBlock> Create()
    {
        var blocks = new List<CityBlock>();
        foreach (var side in new[] { RailwaySides.West, RailwaySides.East })
        {
            var columns = Bounds(layout.Columns(side), lowIsBoundary: side == RailwaySides.West, highIsBoundary: side == RailwaySides.East);
            var rows = Bounds(layout.Rows(side), lowIsBoundary: true, highIsBoundary: true);
            for (var i = 0; i + 1 < columns.Count; i++)
            {
                for (var j = 0; j + 1 < rows.Count; j++)
                {
                    blocks.Add(Block(columns[i], columns[i + 1], rows[j], rows[j + 1]));
                }
            }
        }

        return blocks;
    }

    private List<(double Position, StreetLine? Line)> Bounds(IReadOnlyList<StreetLine> lines, bool lowIsBoundary, bool highIsBoundary)
    {
        var bounds = lines.Select(l => (l.Position, (StreetLine?)l)).ToList();
        if (lowIsBoundary)
        {
            bounds.Insert(0, (-layout.HalfExtent, null));
        }

        if (highIsBoundary)
        {
            bounds.Add((layout.HalfExtent, null));
        }

        return bounds;
    }

    private CityBlock Block(
        (double Position, StreetLine? Line) west, (double Position, StreetLine? Line) east,
        (double Position, StreetLine? Line) south, (double Position, StreetLine? Line) north)
    {
        var cell = new LocalRect(west.Position, south.Position, east.Position, north.Position);
        var inner = cell.Inset(Setback(west.Line), Setback(south.Line), Setback(east.Line), Setback(north.Line));
        return new CityBlock(cell, inner, StyleOf(cell, inner, west.Line, east.Line));
    }

    private static double Setback(StreetLine? line) => line is null ? BoundaryMargin : (line.Width / 2) + RoadProfile.Verge;

    private BlockStyle StyleOf(LocalRect cell, LocalRect inner, StreetLine? west, StreetLine? east)
    {
        var centre = cell.Centre;
        var distance = centre.DistanceFromStation;
        var besideRailway = west?.Role == LineRole.RailwayStreet || east?.Role == LineRole.RailwayStreet;

        // Draw for every block, so one block's style never shifts the park choice of the blocks after it.
        var parkDraw = random.NextDouble();
        if (besideRailway && Math.Abs(centre.V) < StreetLayout.StationRow)
        {
            return BlockStyle.Square;
        }

        if (inner.Width < MinimumBuiltSide || inner.Height < MinimumBuiltSide)
        {
            return BlockStyle.Park;
        }

        if (distance < StationAreaRadius)
        {
            return BlockStyle.StationOffices;
        }

        if (parkDraw < plan.ParkShareAt(distance))
        {
            return BlockStyle.Park;
        }

        return centre.U < 0 && distance < CentreRadius ? BlockStyle.CentreShops : Neighbourhood(centre);
    }

    private BlockStyle Neighbourhood(LocalPoint centre)
    {
        var draw = DemoRandom.Unit(seed, (int)Math.Floor(centre.U / NeighbourhoodSize), (int)Math.Floor(centre.V / NeighbourhoodSize));
        var apartments = centre.DistanceFromStation < InnerCityRadius ? 0.35 : 0.2;
        return draw < apartments ? BlockStyle.Apartments : draw < apartments + 0.35 ? BlockStyle.Rows : BlockStyle.Villas;
    }
}
