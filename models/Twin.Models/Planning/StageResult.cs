using System.Collections.Immutable;

namespace Twin.Models.Planning;

/// <summary>What one stage of a scenario run produced: a value, or the problems that stopped it (a value may be absent without problems: nothing to work out).</summary>
public sealed record StageResult<T>(T? Value, ImmutableArray<string> Problems)
    where T : class
{
    public StageResult(T? value)
        : this(value, [])
    {
    }

    public StageResult(IEnumerable<string> problems)
        : this(null, [.. problems])
    {
    }

    public bool Succeeded => Problems.IsDefaultOrEmpty;
}
