namespace Twin.Models.Traffic;

/// <summary>What a solver hands back: final link flows, the iteration log, and per-origin flows when kept.</summary>
internal sealed record SolverRun(LinkFlows Flows, IterationLog Log, double[][]? OriginFlows);
