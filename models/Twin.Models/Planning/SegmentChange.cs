namespace Twin.Models.Planning;

/// <summary>How a street segment's traffic differs between a base and a scenario (0 on the side where it does not exist or is closed).</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.segment-change")]
public sealed record SegmentChange(
    [property: Id(0)] string SegmentId,
    [property: Id(1)] string StreetName,
    [property: Id(2)] double BaseFlow,
    [property: Id(3)] double ScenarioFlow,
    [property: Id(4)] double BaseVolumeCapacity,
    [property: Id(5)] double ScenarioVolumeCapacity)
{
    public double FlowChange => ScenarioFlow - BaseFlow;

    public double VolumeCapacityChange => ScenarioVolumeCapacity - BaseVolumeCapacity;
}
