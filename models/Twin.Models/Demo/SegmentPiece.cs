using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>A street segment as written, with its ends in the district's frame.</summary>
internal sealed record SegmentPiece(StreetSegment Segment, LocalPoint From, LocalPoint To)
{
    public LocalPoint Midpoint => LocalPoint.Lerp(From, To, 0.5);
}
