using System.Collections.Immutable;

namespace Twin.Models.Traffic;

/// <summary>
/// The outcome of a <see cref="TrafficAssignment"/>: per-link flows and congested times, system
/// totals, and the relative gap of every iteration. When <see cref="Problems"/> is not empty
/// (for example OD pairs without a path), nothing was assigned and the link arrays are empty.
/// </summary>
public sealed record AssignmentResult
{
    public required AssignmentMethod Method { get; init; }

    public ImmutableArray<TrafficProblem> Problems { get; init; } = [];

    public bool Succeeded => Problems.IsEmpty;

    /// <summary>Whether the target relative gap was reached (false when stopped by the iteration cap).</summary>
    public bool Converged { get; init; }

    public ImmutableArray<AssignmentIteration> Iterations { get; init; } = [];

    /// <summary>The relative gap at the end (infinity when nothing was assigned).</summary>
    public double RelativeGap => Iterations.IsEmpty ? double.PositiveInfinity : Iterations[^1].RelativeGap;

    /// <summary>Link flows, by link index.</summary>
    public ImmutableArray<double> Flow { get; init; } = [];

    /// <summary>Congested link travel times, network time units.</summary>
    public ImmutableArray<double> Time { get; init; } = [];

    /// <summary>Generalized link costs at the final flows.</summary>
    public ImmutableArray<double> Cost { get; init; } = [];

    public ImmutableArray<double> VolumeCapacity { get; init; } = [];

    /// <summary>Congested speeds: length unit per hour.</summary>
    public ImmutableArray<double> Speed { get; init; } = [];

    /// <summary>TSTT: sum over links of flow × travel time, network time units.</summary>
    public double TotalTravelTime { get; init; }

    /// <summary>TSTT in vehicle-hours (using the network's hours per time unit).</summary>
    public double VehicleHours { get; init; }

    /// <summary>Sum over links of flow × length: vehicle-km for networks built from the city.</summary>
    public double VehicleDistance { get; init; }

    /// <summary>Beckmann objective: sum over links of the integral of the generalized cost from 0 to the flow.</summary>
    public double Beckmann { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Per-origin link flows by zone (Algorithm B with <see cref="AssignmentOptions.KeepOriginFlows"/>), for select-link analysis.</summary>
    internal double[][]? OriginFlows { get; init; }

    public bool HasOriginFlows => OriginFlows is not null;

    public int LinkCount => Flow.Length;

    public AssignedLink Link(int link) => new(link, Flow[link], VolumeCapacity[link], Time[link], Cost[link], Speed[link]);

    public static AssignmentResult Failed(AssignmentMethod method, IEnumerable<TrafficProblem> problems) =>
        new() { Method = method, Problems = [.. problems] };
}
