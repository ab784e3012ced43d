namespace Twin.Models.Traffic;

/// <summary>How <see cref="TrafficAssignment"/> finds the user equilibrium.</summary>
public enum AssignmentMethod
{
    /// <summary>
    /// Algorithm B (Dial 2006): one acyclic bush per origin, flow moved between the longest and
    /// shortest used paths with Newton steps. Reaches tight gaps (1e-8 and below) quickly.
    /// </summary>
    AlgorithmB = 0,

    /// <summary>
    /// Bi-conjugate Frank-Wolfe (Mitradjieva and Lindberg 2013): link-based, simple, the reference
    /// to check Algorithm B against; slow to reach tight gaps.
    /// </summary>
    FrankWolfe = 1,
}
