namespace Twin.Models.Sensors;

/// <summary>
/// The reference over a period [<see cref="Start"/>, <see cref="End"/>): the mean of its hourly
/// values whose hour starts in the period, how many such hours there are, and how many of them have
/// no value. <see cref="Mean"/> is NaN when none has.
/// </summary>
public sealed record ReferenceCoverage(DateTimeOffset Start, DateTimeOffset End, double Mean, int Hours, int MissingHours)
{
    /// <summary>The share (0..1) of the period's hours without a reference value; 1 for a period without a whole hour.</summary>
    public double MissingShare => Hours == 0 ? 1 : (double)MissingHours / Hours;
}
