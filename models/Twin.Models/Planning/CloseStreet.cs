using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>Closes a street segment to motor traffic in both directions; it stays in the 3D city.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.close-street")]
public sealed record CloseStreet([property: Id(0)] string SegmentId) : ScenarioEdit
{
    public override EntityKey? Target => new(EntityKind.StreetSegment, SegmentId);

    public override string Describe() => $"close street segment {SegmentId}";
}
