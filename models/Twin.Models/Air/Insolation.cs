namespace Twin.Models.Air;

/// <summary>Incoming solar radiation by day, as the Pasquill table names it.</summary>
public enum Insolation
{
    Strong,
    Moderate,
    Slight,
}
