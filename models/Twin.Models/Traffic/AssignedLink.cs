namespace Twin.Models.Traffic;

/// <summary>The assigned state of one link.</summary>
/// <param name="Link">0-based link index in the network.</param>
/// <param name="Flow">Vehicles per period.</param>
/// <param name="VolumeCapacity">Flow over capacity (V/C).</param>
/// <param name="Time">Congested travel time, network time units.</param>
/// <param name="Cost">Generalized cost: time plus the weighted toll and distance.</param>
/// <param name="Speed">Congested speed: length per hour (km/h for networks built from the city).</param>
public readonly record struct AssignedLink(int Link, double Flow, double VolumeCapacity, double Time, double Cost, double Speed);
