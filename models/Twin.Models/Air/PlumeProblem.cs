namespace Twin.Models.Air;

/// <summary>One thing wrong with a plume input: the field (wind speed, ...) and what is wrong with it.</summary>
public sealed record PlumeProblem(string Field, string Message)
{
    public override string ToString() => Message;
}
