using Twin.Grains.City;
using Twin.Grains.Scenarios;
using Twin.Models.City;
using Twin.Models.Geo;
using Twin.Models.Planning;

namespace Twin.Grains.Tiles;

/// <summary>
/// The rendered glb of one tile, or the tileset JSON of a scenario, kept with its entity tag. Every
/// request asks the catalog for the versions the content is made from; only when they changed is the
/// content gathered from the index tiles beneath and rendered again. One activation per tile means
/// concurrent first requests render once.
/// </summary>
public sealed class TileContentGrain : Grain, ITileContentGrain
{
    private TileContentKey _key;
    private string? _tag;
    private byte[]?[] _bodies = new byte[]?[3];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = TileContentKey.Parse(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task<TileResponse> GetAsync(TileEncoding encoding, string? ifNoneMatch)
    {
        var directory = await GrainFactory.GetGrain<ICityGrain>(_key.Dataset).GetTileDirectoryAsync(_key.Scenario, _key.Address, _key.Layer);
        if (TileRendering.Refusal(_key, directory) is { } reason)
        {
            return TileResponse.NotFound(reason);
        }

        var tag = ContentTag.Of(_key.ToString(), TileRendering.FormatVersion, directory.Tiles, directory.Layer, directory.EditVersion);
        if (ContentTag.Matches(ifNoneMatch, tag))
        {
            return TileResponse.NotModified(tag);
        }

        if (tag != _tag)
        {
            var body = await RenderAsync(directory);
            if (body is null)
            {
                return TileResponse.NotFound($"tile {_key.Address} of scenario '{_key.Scenario}' holds no content at its level");
            }

            _bodies = new byte[]?[3];
            _bodies[(int)TileEncoding.Identity] = body;
            _tag = tag;
        }

        var encoded = _bodies[(int)encoding] ??= TileRendering.Compress(_bodies[(int)TileEncoding.Identity]!, encoding);
        return new TileResponse(TileResponseStatus.Ok, tag, encoded, encoding, null);
    }

    private async Task<byte[]?> RenderAsync(TileDirectory directory)
    {
        if (_key.Address is not { } address)
        {
            return TileRendering.Tileset(_key, directory);
        }

        var contents = await Task.WhenAll(directory.Tiles.Select(t => GrainFactory.GetTileGrain(t.Key).GetContentAsync()));
        var content = contents.Length == 1 ? contents[0] : CitySet.From(contents.SelectMany(c => c.All()));
        if (directory.EditVersion > 0 && await GrainFactory.GetGrain<IScenarioGrain>(new ScenarioKey(_key.Dataset, _key.Scenario).ToString()).GetAsync() is { } scenario)
        {
            var here = directory.Tiles.Select(t => t.Key.Address).ToHashSet();
            content = ScenarioOverlay.Apply(content, scenario.Edits, entity => here.Contains(TilingScheme.TileAt(entity.Anchor)));
        }

        var layer = directory.Layer is null ? null : await GrainFactory.GetGrain<IResultLayerGrain>(new TileContentKey(_key.Dataset, _key.Scenario, null, directory.Layer.Id).ToString()).GetAsync();
        return TileRendering.Glb(address, content, layer);
    }
}
