using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>
/// Reads the SRM1 road type, tree factor and calculation point of a street from the twin itself: the
/// buildings along it decide canyon, one-sided or open road, the trees along it decide the tree factor.
/// Cross-sections every <see cref="StreetProfilerOptions.StationSpacing"/> metres along the segment look
/// left and right for the nearest facade; a side is built when most cross-sections meet a facade closer
/// to the axis than 3 times its height (the SRM1 criterion), and a canyon is narrow (3b) when both
/// facades stand closer than 1.5 times their height. Buildings and trees sit in grid indexes so a whole
/// city profiles in one pass. Thread-safe once built.
/// </summary>
public sealed class StreetProfiler
{
    private const double DefaultLaneWidth = 3.25;

    private readonly GridIndex<BuildingOutline> _buildings;
    private readonly GridIndex<Tree> _trees;
    private readonly StreetProfilerOptions _options;

    public StreetProfiler(CitySet city, StreetProfilerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        _options = options ?? StreetProfilerOptions.Default;
        if (_options.Validate().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException("Invalid street profiler options: " + problem, nameof(options));
        }

        _buildings = new GridIndex<BuildingOutline>(_options.GridCellSize);
        foreach (var building in city.Buildings)
        {
            if (building.Footprint?.Shell is { Count: >= 3 } shell && building.Height > 0 && double.IsFinite(building.Height))
            {
                _buildings.Add(new BuildingOutline([.. shell.Points], building.Height, shell.Envelope), shell.Envelope);
            }
        }

        _trees = new GridIndex<Tree>(_options.GridCellSize);
        foreach (var tree in city.Trees)
        {
            _trees.Add(tree, RdEnvelope.Of(tree.Location));
        }
    }

    /// <summary>Half the paved width of a segment, metres: its width, or its lanes at 3.25 m when the width is unknown.</summary>
    public static double HalfWidth(StreetSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (double.IsFinite(segment.Width) && segment.Width > 0)
        {
            return segment.Width / 2;
        }

        var lanes = Math.Max(1, segment.LanesPerDirection) * (segment.OneWay ? 1 : 2);
        return lanes * DefaultLaneWidth / 2;
    }

    /// <summary>
    /// The profile of one segment, with the calculation point <paramref name="distanceFromRoadEdge"/>
    /// metres beyond the road edge (at the facade when that is closer), <paramref name="calculationHeight"/> m up.
    /// </summary>
    public StreetProfile Profile(StreetSegment segment, double distanceFromRoadEdge, double calculationHeight)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var axis = new SegmentAxis(segment.Centreline);
        var halfWidth = HalfWidth(segment);
        var stations = axis.Stations(_options.StationSpacing);
        var reach = _options.FacadeSearchDistance;
        var candidates = _buildings.Query(segment.Envelope.Expanded(reach));
        var left = ReadSide(axis, stations, candidates, +1);
        var right = ReadSide(axis, stations, candidates, -1);
        var roadType = (left.Built, right.Built) switch
        {
            (true, true) => Math.Max(left.Distance / left.Height, right.Distance / right.Height) < 1.5 ? RoadType.CanyonNarrow : RoadType.CanyonWide,
            (true, false) or (false, true) => RoadType.OneSided,
            _ => Math.Max(left.AnyCoverage, right.AnyCoverage) < _options.OpenTerrainCoverage ? RoadType.Open : RoadType.Basis,
        };

        var target = halfWidth + distanceFromRoadEdge;
        var leftX = left.Built ? Math.Min(target, Math.Max(left.Distance, halfWidth)) : target;
        var rightX = right.Built ? Math.Min(target, Math.Max(right.Distance, halfWidth)) : target;
        var useLeft = roadType == RoadType.OneSided ? left.Built : leftX <= rightX;
        var x = useLeft ? leftX : rightX;
        var (middle, tangent) = axis.At(axis.Length / 2);
        var side = useLeft ? 1 : -1;
        var point = new RdPoint(middle.X - (side * tangent.Y * x), middle.Y + (side * tangent.X * x));
        double? canyonWidth = left.Built && right.Built ? left.Distance + right.Distance : null;
        double? canyonHeight = (left.Built, right.Built) switch
        {
            (true, true) => (left.Height + right.Height) / 2,
            (true, false) => left.Height,
            (false, true) => right.Height,
            _ => null,
        };

        var streetWidth = canyonWidth ?? 2 * halfWidth;
        var treeFactor = TreeFactor(axis, left, right, streetWidth);
        return new StreetProfile(
            segment.Id, roadType, treeFactor,
            left.Built ? left.Distance : null, left.Built ? left.Height : null,
            right.Built ? right.Distance : null, right.Built ? right.Height : null,
            canyonWidth, canyonHeight, point, x, calculationHeight);
    }

    private SideReading ReadSide(SegmentAxis axis, IReadOnlyList<(RdPoint Point, RdPoint Tangent)> stations, List<BuildingOutline> candidates, int side)
    {
        var reach = _options.FacadeSearchDistance;
        var hits = 0;
        var built = new List<(double Distance, double Height)>();
        foreach (var (point, tangent) in stations)
        {
            var normal = new RdPoint(-side * tangent.Y, side * tangent.X);
            var end = new RdPoint(point.X + (normal.X * reach), point.Y + (normal.Y * reach));
            var rayBox = RdEnvelope.Of(point).Including(end);
            var nearest = double.PositiveInfinity;
            var height = 0.0;
            foreach (var building in candidates)
            {
                if (!building.Box.Intersects(rayBox))
                {
                    continue;
                }

                var t = building.RayDistance(point, normal, reach);
                if (t < nearest)
                {
                    nearest = t;
                    height = building.Height;
                }
            }

            if (nearest <= reach)
            {
                hits++;
                if (nearest < 3 * height)
                {
                    built.Add((nearest, height));
                }
            }
        }

        var count = Math.Max(1, stations.Count);
        var isBuilt = built.Count > 0 && (double)built.Count / count >= _options.BuiltSideCoverage;
        var treeReach = isBuilt ? Math.Min(_options.TreeSearchDistance, Median(built.Select(b => b.Distance))) : _options.TreeSearchDistance;
        return new SideReading(
            isBuilt,
            isBuilt ? Median(built.Select(b => b.Distance)) : double.NaN,
            isBuilt ? Median(built.Select(b => b.Height)) : double.NaN,
            (double)hits / count,
            treeReach,
            side);
    }

    private double TreeFactor(SegmentAxis axis, SideReading left, SideReading right, double streetWidth)
    {
        var margin = _options.TreeRowSpacing / 2;
        var effectiveLength = axis.Length + (2 * margin);
        var box = axis.Envelope.Expanded(Math.Max(left.TreeReach, right.TreeReach) + margin);
        var leftCrowns = new List<double>();
        var rightCrowns = new List<double>();
        foreach (var tree in _trees.Query(box))
        {
            var (along, offset) = axis.Project(tree.Location);
            if (along < -margin || along > axis.Length + margin)
            {
                continue;
            }

            if (offset >= 0 ? offset <= left.TreeReach : -offset <= right.TreeReach)
            {
                (offset >= 0 ? leftCrowns : rightCrowns).Add(Math.Max(0, tree.CrownDiameter));
            }
        }

        var span = 0.0;
        foreach (var crowns in new[] { leftCrowns, rightCrowns })
        {
            if (crowns.Count > 0 && Math.Min(1, crowns.Sum() / effectiveLength) >= _options.ClosedCanopyCover)
            {
                span += crowns.Average();
            }
        }

        if (span > 0 && span >= streetWidth / 3)
        {
            return 1.5;
        }

        var rowSpacing = _options.TreeRowSpacing;
        return new[] { leftCrowns, rightCrowns }.Any(c => c.Count >= 2 && effectiveLength / c.Count < rowSpacing) ? 1.25 : 1.0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private sealed record SideReading(bool Built, double Distance, double Height, double AnyCoverage, double TreeReach, int Side);
}
