using Twin.Models.Results;

namespace Twin.Grains.Tiles;

/// <summary>
/// The values of one result layer of one scenario, keyed <c>{dataset}|{scenario}|{layer}</c>: written
/// by a simulation run, read by tile content when it renders with that layer.
/// </summary>
[Alias("twin.tiles.IResultLayerGrain")]
public interface IResultLayerGrain : IGrainWithStringKey
{
    /// <summary>Stores the values, announces the layer in the city catalog and returns it as published.</summary>
    [Alias("publish")]
    Task<ResultLayerInfo> PublishAsync(ResultLayerValues layer);

    [Alias("get"), Orleans.Concurrency.ReadOnly]
    Task<ResultLayerValues?> GetAsync();
}
