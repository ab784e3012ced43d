using System.Collections.Immutable;

namespace Twin.Models.Sensors;

/// <summary>
/// Period measurements paired with the reference's mean over each period. <see cref="Coverage"/> has
/// one entry per input measurement (same order), whether it was paired or not; <see cref="Excluded"/>
/// says which were left out and why. Everything is empty when there are problems.
/// </summary>
public sealed record PeriodPairs(
    ImmutableArray<CalibrationPair> Pairs,
    ImmutableArray<ReferenceCoverage> Coverage,
    ImmutableArray<ExcludedPeriod> Excluded,
    ImmutableArray<string> Problems)
{
    public bool Succeeded => Problems.IsEmpty;
}
