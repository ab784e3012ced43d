using System.Runtime.CompilerServices;
using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Grains.City;

/// <summary>
/// Reads the city by area: asks the catalog which tiles hold content in the box, then queries those
/// tiles in parallel and yields their entities as each answers. Never one call per entity.
/// </summary>
public sealed class CityReader(IGrainFactory grains)
{
    public async IAsyncEnumerable<CitySet> QueryAsync(
        string dataset, string scenario, RdEnvelope box, EntityKinds kinds, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var tiles = await grains.GetGrain<ICityGrain>(dataset).FindTilesAsync(scenario, box);
        var queries = tiles.Select(tile => grains.GetTileGrain(tile).QueryAsync(box, kinds));
        await foreach (var answered in Task.WhenEach(queries).WithCancellation(cancellationToken))
        {
            var entities = await answered;
            if (entities.Count > 0)
            {
                yield return entities;
            }
        }
    }
}
