namespace Twin.Models.Traffic;

/// <summary>
/// Progress of an assignment after one iteration, as reported to an <see cref="IProgress{T}"/> and
/// kept in <see cref="AssignmentResult.Iterations"/>.
/// </summary>
/// <param name="Iteration">1-based iteration number.</param>
/// <param name="RelativeGap">Total cost / shortest-path cost - 1 at the flows of this iteration.</param>
/// <param name="TotalTravelTime">TSTT: sum over links of flow × time, network time units.</param>
/// <param name="Beckmann">The Beckmann objective (the sum over links of the integral of the cost).</param>
/// <param name="Elapsed">Time since the assignment started.</param>
public readonly record struct AssignmentIteration(
    int Iteration,
    double RelativeGap,
    double TotalTravelTime,
    double Beckmann,
    TimeSpan Elapsed);
