namespace Twin.Grains.Tiles;

/// <summary>
/// The rendered content of one tile (glb) or of a scenario's tileset (JSON), keyed by
/// <see cref="TileContentKey"/>. Keeps the last rendering with its entity tag and renders again
/// only when the tag — the versions of the index tiles beneath and of the result layer — changed.
/// </summary>
[Alias("twin.tiles.ITileContentGrain")]
public interface ITileContentGrain : IGrainWithStringKey
{
    [Alias("get")]
    Task<TileResponse> GetAsync(TileEncoding encoding, string? ifNoneMatch);
}
