using Twin.Models.City;

namespace Twin.Grains.City;

/// <summary>
/// A piece of a journaled import's entities, staged in grain storage before the import is applied;
/// keyed <c>{dataset}/{import}/{chunk}</c> (<see cref="PendingImport.ChunkKey"/>).
/// </summary>
[Alias("twin.city.IImportChunkGrain")]
public interface IImportChunkGrain : IGrainWithStringKey
{
    [Alias("stage")]
    Task StageAsync(CitySet entities);

    [Alias("get")]
    Task<CitySet> GetAsync();

    [Alias("clear")]
    Task ClearAsync();
}
