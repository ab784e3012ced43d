namespace Twin.Models.Air;

/// <summary>
/// Something wrong with, or worth knowing about, an air-quality run: what it concerns (a settings field,
/// a street segment id, a table line) and what the matter is.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.air-quality-problem")]
public sealed record AirQualityProblem(
    [property: Id(0)] string Subject,
    [property: Id(1)] string Message)
{
    public override string ToString() => Subject + ": " + Message;
}
