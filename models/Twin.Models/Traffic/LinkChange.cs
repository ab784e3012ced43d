namespace Twin.Models.Traffic;

/// <summary>
/// How one link's assignment differs between a base and a scenario. A link present on one side
/// only (a closed or a new street) has flow and V/C 0 on the other.
/// </summary>
/// <param name="Name">The link's name (segment id and direction), which matches links across the two networks.</param>
/// <param name="BaseLink">Index in the base network, -1 when the scenario added the link.</param>
/// <param name="ScenarioLink">Index in the scenario network, -1 when the scenario removed the link.</param>
/// <param name="BaseFlow">Flow in the base.</param>
/// <param name="ScenarioFlow">Flow in the scenario.</param>
/// <param name="BaseVolumeCapacity">V/C in the base.</param>
/// <param name="ScenarioVolumeCapacity">V/C in the scenario.</param>
public readonly record struct LinkChange(
    string Name,
    int BaseLink,
    int ScenarioLink,
    double BaseFlow,
    double ScenarioFlow,
    double BaseVolumeCapacity,
    double ScenarioVolumeCapacity)
{
    public double FlowChange => ScenarioFlow - BaseFlow;

    public double VolumeCapacityChange => ScenarioVolumeCapacity - BaseVolumeCapacity;
}
