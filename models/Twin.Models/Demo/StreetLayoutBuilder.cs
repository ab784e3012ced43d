using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// Lays out the street lines: main roads at fixed distances (a ring of arterials around the station,
/// more further out), residential streets filling the space between them at the plan's spacing.
/// </summary>
internal sealed class StreetLayoutBuilder(DistrictPlan plan, Random random)
{
    private const double MinimumBand = 45;
    private const double AnchorMargin = 90;
    private const double ArterialColumnOffset = 450;
    private const double CollectorColumnOffset = 850;
    private const double ColumnSpacing = 800;
    private const double ArterialRowOffset = 350;
    private const double RowSpacing = 700;
    private const double TwoLaneZone = 400;
    private const double OneWayZone = 700;
    private const double SnelliuslaanPosition = 250;

    private readonly List<StreetLine> _lines = [];

    public StreetLayout Build()
    {
        AddColumns(RailwaySides.West);
        AddColumns(RailwaySides.East);
        var crossings = Repeat(ArterialRowOffset, RowSpacing, 0)
            .Select(v => AddLine(StreetAxis.AcrossRailway, v, RailwaySides.Both, RoadClass.Arterial, LineRole.Crossing))
            .ToList();
        AddRows(RailwaySides.West, crossings);
        AddRows(RailwaySides.East, crossings);
        MarkOneWayStreets();
        MarkSnelliuslaan();
        return new StreetLayout { HalfExtent = plan.HalfExtent, Lines = _lines };
    }

    private void AddColumns(RailwaySides side)
    {
        var sign = side == RailwaySides.West ? -1 : 1;
        var railwayStreet = side == RailwaySides.West ? StreetLayout.WestRailwayStreet : StreetLayout.EastRailwayStreet;
        var anchors = new List<(double Position, RoadClass RoadClass, LineRole Role)>
        {
            (railwayStreet, RoadClass.Collector, LineRole.RailwayStreet),
        };
        anchors.AddRange(Repeat(ArterialColumnOffset, ColumnSpacing, sign).Select(p => (p, RoadClass.Arterial, LineRole.Ordinary)));
        anchors.AddRange(Repeat(CollectorColumnOffset, ColumnSpacing, sign).Select(p => (p, RoadClass.Collector, LineRole.Ordinary)));
        AddAnchoredLines(StreetAxis.AlongRailway, side, anchors, lowIsBoundary: side == RailwaySides.West, highIsBoundary: side == RailwaySides.East);
    }

    private void AddRows(RailwaySides side, IReadOnlyList<StreetLine> crossings)
    {
        var anchors = new List<(double Position, RoadClass RoadClass, LineRole Role)>
        {
            (-StreetLayout.StationRow, RoadClass.Residential, LineRole.StationRow),
            (StreetLayout.StationRow, RoadClass.Residential, LineRole.StationRow),
        };
        anchors.AddRange(Repeat(RowSpacing, RowSpacing, 0).Select(p => (p, RoadClass.Collector, LineRole.Ordinary)));
        var fixedPositions = anchors.Select(a => a.Position).Concat(crossings.Select(c => c.Position)).Order().ToList();
        foreach (var (position, roadClass, role) in anchors)
        {
            AddLine(StreetAxis.AcrossRailway, position, side, roadClass, role);
        }

        foreach (var position in FillGaps(fixedPositions, lowIsBoundary: true, highIsBoundary: true))
        {
            AddLine(StreetAxis.AcrossRailway, position, side, RoadClass.Residential, LineRole.Ordinary);
        }
    }

    private void AddAnchoredLines(
        StreetAxis axis, RailwaySides side, List<(double Position, RoadClass RoadClass, LineRole Role)> anchors, bool lowIsBoundary, bool highIsBoundary)
    {
        foreach (var (position, roadClass, role) in anchors)
        {
            AddLine(axis, position, side, roadClass, role);
        }

        var positions = anchors.Select(a => a.Position).Order().ToList();
        foreach (var position in FillGaps(positions, lowIsBoundary, highIsBoundary))
        {
            AddLine(axis, position, side, RoadClass.Residential, LineRole.Ordinary);
        }
    }

    /// <summary>Residential streets between fixed lines, and out from the outermost ones to the district's edge.</summary>
    private List<double> FillGaps(List<double> anchors, bool lowIsBoundary, bool highIsBoundary)
    {
        var positions = new List<double>();
        if (lowIsBoundary)
        {
            WalkToBoundary(anchors[0], -plan.HalfExtent, positions);
        }

        for (var i = 0; i + 1 < anchors.Count; i++)
        {
            var (from, to) = (anchors[i], anchors[i + 1]);
            var count = Math.Max(1, (int)Math.Round((to - from) / plan.SpacingAt((from + to) / 2)));
            var step = (to - from) / count;
            for (var k = 1; k < count; k++)
            {
                positions.Add(Math.Round(from + (k * step) + (random.Between(-0.12, 0.12) * step), 1));
            }
        }

        if (highIsBoundary)
        {
            WalkToBoundary(anchors[^1], plan.HalfExtent, positions);
        }

        return positions;
    }

    private void WalkToBoundary(double from, double boundary, List<double> positions)
    {
        var direction = Math.Sign(boundary - from);
        var position = from;
        while (true)
        {
            var next = position + (direction * plan.SpacingAt(position) * random.Between(0.85, 1.15));
            if (Math.Abs(boundary - next) < MinimumBand || Math.Sign(boundary - next) != direction)
            {
                return;
            }

            positions.Add(Math.Round(next, 1));
            position = next;
        }
    }

    private IEnumerable<double> Repeat(double offset, double spacing, int sign)
    {
        for (var p = offset; p <= plan.HalfExtent - AnchorMargin; p += spacing)
        {
            if (sign >= 0)
            {
                yield return p;
            }

            if (sign <= 0)
            {
                yield return -p;
            }
        }
    }

    private StreetLine AddLine(StreetAxis axis, double position, RailwaySides sides, RoadClass roadClass, LineRole role)
    {
        var lanes = roadClass == RoadClass.Arterial && Math.Abs(position) < TwoLaneZone ? 2 : 1;
        var line = new StreetLine
        {
            Index = _lines.Count,
            Axis = axis,
            Position = position,
            Sides = sides,
            RoadClass = roadClass,
            Lanes = lanes,
            LaneCapacity = RoadProfile.LaneCapacity(roadClass, random),
            Role = role,
        };
        _lines.Add(line);
        return line;
    }

    /// <summary>In the old centre every other residential street along the railway is one-way, directions alternating.</summary>
    private void MarkOneWayStreets()
    {
        var centre = _lines
            .Where(l => l.Axis == StreetAxis.AlongRailway && l.Sides == RailwaySides.West && l.RoadClass == RoadClass.Residential)
            .Where(l => Math.Abs(l.Position) < OneWayZone)
            .OrderByDescending(l => l.Position)
            .ToList();
        for (var k = 1; k < centre.Count; k += 2)
        {
            centre[k].OneWayDirection = k / 2 % 2 == 0 ? 1 : -1;
        }
    }

    private void MarkSnelliuslaan()
    {
        var line = _lines
            .Where(l => l.Axis == StreetAxis.AlongRailway && l.Sides == RailwaySides.East && l.RoadClass == RoadClass.Residential)
            .Where(l => l.Role == LineRole.Ordinary && l.Position > StreetLayout.EastRailwayStreet + 60)
            .MinBy(l => Math.Abs(l.Position - SnelliuslaanPosition));
        line?.Role = LineRole.Snelliuslaan;
    }
}
