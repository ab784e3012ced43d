namespace Twin.Models.Sensors;

/// <summary>A period measurement left out of the pairs: its index in the input and why.</summary>
public sealed record ExcludedPeriod(int Index, string Reason)
{
    public override string ToString() => $"period {Index}: {Reason}";
}
