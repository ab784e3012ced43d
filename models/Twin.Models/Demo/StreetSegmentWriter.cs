using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Demo;

/// <summary>
/// Writes the street edges as <see cref="StreetSegment"/>s: one per edge, or several of about equal
/// length joined at new nodes where an edge is longer than the plan's split length.
/// </summary>
internal sealed class StreetSegmentWriter(DistrictPlan plan, StreetNetwork network)
{
    public const string SegmentPrefix = "seg-";

    public ImmutableArray<StreetSegment> Write()
    {
        var segments = ImmutableArray.CreateBuilder<StreetSegment>();
        foreach (var edge in network.Edges.Where(e => !e.IsMissing))
        {
            var pieces = Math.Max(1, (int)Math.Ceiling(edge.Length / plan.SplitLength));
            var previous = edge.From;
            for (var k = 1; k <= pieces; k++)
            {
                var next = k == pieces
                    ? edge.To
                    : network.AddNode(LocalPoint.Lerp(edge.From.Position, edge.To.Position, k / (double)pieces));
                next.IsOnMainRoad |= edge.Line.IsMainRoad;
                var segment = new StreetSegment(
                    $"{SegmentPrefix}{segments.Count + 1:D5}",
                    new RdLine(previous.Rd, next.Rd),
                    previous.Id,
                    next.Id,
                    edge.Lanes,
                    edge.SpeedLimit,
                    edge.Capacity,
                    edge.RoadClass,
                    edge.OneWay,
                    edge.Name,
                    edge.Width);
                edge.Pieces.Add(new SegmentPiece(segment, previous.Position, next.Position));
                segments.Add(segment);
                previous = next;
            }
        }

        return segments.ToImmutable();
    }
}
