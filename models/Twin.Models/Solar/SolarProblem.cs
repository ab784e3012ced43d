namespace Twin.Models.Solar;

/// <summary>One thing wrong with a solar input: the field (latitude, pressure, delta-t, ...) and what is wrong with it.</summary>
public sealed record SolarProblem(string Field, string Message)
{
    public override string ToString() => Message;
}
