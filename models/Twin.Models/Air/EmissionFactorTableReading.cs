using System.Collections.Immutable;

namespace Twin.Models.Air;

/// <summary>The outcome of reading an emission factor table: the table, or what is wrong with the file line by line.</summary>
public sealed record EmissionFactorTableReading(EmissionFactorTable? Table, ImmutableArray<AirQualityProblem> Problems)
{
    public bool Succeeded => Table is not null && Problems.IsEmpty;
}
