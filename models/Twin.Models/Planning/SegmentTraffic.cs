namespace Twin.Models.Planning;

/// <summary>
/// The modelled traffic on one street segment: flow along and against its centreline (veh/h in the
/// morning peak hour), the highest V/C of its directions, congested speed (km/h, the slower
/// direction), and whether the scenario closed it. Observed counts of a traffic camera on the
/// segment sit beside the model once sensor ingest fills them (null until then).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.segment-traffic")]
public sealed record SegmentTraffic(
    [property: Id(0)] string SegmentId,
    [property: Id(1)] string StreetName,
    [property: Id(2)] double ForwardFlow,
    [property: Id(3)] double BackwardFlow,
    [property: Id(4)] double VolumeCapacity,
    [property: Id(5)] double CongestedSpeed,
    [property: Id(6)] bool Closed,
    [property: Id(7)] double? ObservedFlow = null)
{
    public double Flow => ForwardFlow + BackwardFlow;
}
