using System.Collections.Immutable;

namespace Twin.Models.Traffic;

/// <summary>
/// A traffic input (network, demand, flows) with the problems found while reading or building it.
/// <see cref="Value"/> is set only when there are no problems: bad input changes nothing downstream.
/// </summary>
public sealed record TrafficInput<T>(T? Value, ImmutableArray<TrafficProblem> Problems)
    where T : class
{
    public bool Succeeded => Value is not null && Problems.IsEmpty;

    public TrafficInput(T value)
        : this(value, [])
    {
    }

    public TrafficInput(IEnumerable<TrafficProblem> problems)
        : this(null, [.. problems])
    {
    }

    /// <summary>The value, or an exception listing the problems (for callers that cannot go on without it).</summary>
    public T Require() => Succeeded
        ? Value!
        : throw new InvalidOperationException("Invalid traffic input:\n" + string.Join('\n', Problems.Select(p => p.Message)));
}
