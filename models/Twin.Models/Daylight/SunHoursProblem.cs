namespace Twin.Models.Daylight;

/// <summary>One thing wrong with a sun-hours request: the parameter (spacing, to, time-step, ...) and what is wrong with it.</summary>
public sealed record SunHoursProblem(string Parameter, string Message)
{
    public override string ToString() => Message;
}
