using Twin.Models.City;

namespace Twin.Models.Results;

/// <summary>
/// A scenario result that tiles can carry as a layer (traffic V/C per street, NO2 per street, sun
/// hours per building, ...): what it is called, its unit, which kind of entity it colours, the range
/// of its values for the legend, and a version that grows with every publication.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.results.result-layer-info")]
public sealed record ResultLayerInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Unit,
    [property: Id(3)] EntityKind Kind,
    [property: Id(4)] double Min,
    [property: Id(5)] double Max,
    [property: Id(6)] long Version,
    [property: Id(7)] bool Diverging = false);
