namespace Twin.Models.Air;

/// <summary>
/// How well the model meets the measurements of one quantity: the number of sensors n, the bias
/// (mean of modelled − measured, µg/m³; positive when the model reads high), the root-mean-square
/// error (µg/m³) and both means.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.quantity-agreement")]
public sealed record QuantityAgreement(
    [property: Id(0)] AirQuantity Quantity,
    [property: Id(1)] int Count,
    [property: Id(2)] double Bias,
    [property: Id(3)] double RootMeanSquareError,
    [property: Id(4)] double MeanMeasured,
    [property: Id(5)] double MeanModelled);
