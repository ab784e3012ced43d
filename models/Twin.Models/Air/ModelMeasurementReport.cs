using System.Collections.Immutable;

namespace Twin.Models.Air;

/// <summary>
/// Model against measurement for one air-quality run: every sensor's pair, bias and RMSE per quantity
/// (only quantities with measurements), and the problems that stopped the comparison (then both are empty).
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.model-measurement-report")]
public sealed record ModelMeasurementReport(
    [property: Id(0)] ImmutableArray<ModelMeasurementPair> Pairs,
    [property: Id(1)] ImmutableArray<QuantityAgreement> Quantities,
    [property: Id(2)] ImmutableArray<AirQualityProblem> Problems)
{
    public bool Succeeded => Problems.IsEmpty;

    public QuantityAgreement? For(AirQuantity quantity) => Quantities.FirstOrDefault(q => q.Quantity == quantity);
}
