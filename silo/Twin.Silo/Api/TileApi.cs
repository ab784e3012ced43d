using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Twin.Api.V1;
using Twin.Silo.Access;
using Twin.Grains.City;
using Twin.Grains.Tiles;
using Twin.Models.Geo;
using Twin.Models.Results;
using Twin.Models.Tiles;
using Twin.Silo.Hosting;

namespace Twin.Silo.Api;

/// <summary>The twin.v1 TileService: the HTTP tiles over gRPC, and a change feed from the city catalog.</summary>
public sealed class TileApi(IGrainFactory grains, IOptions<TwinOptions> options) : TileService.TileServiceBase
{
    /// <summary>How long one wait on the catalog lasts before the stream asks again (well inside Orleans' call timeout).</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private readonly string _dataset = options.Value.Dataset;

    [Authorize(Scopes.Read)]
    public override async Task GetRegion(TileRegionRequest request, IServerStreamWriter<TilePayload> responseStream, ServerCallContext context)
    {
        var scenario = Scenario(request.Scenario);
        var layer = Layer(request.Layer);
        var box = request.Box is null ? (RdEnvelope?)null : RequestReader.Box(request.Box, "box");
        var directory = await grains.GetGrain<ICityGrain>(_dataset).GetTileDirectoryAsync(scenario, null, layer);
        var tiles = TilesetPlanner.Plan(directory.Tiles) is { } root ? ContentTiles(root, box) : [];
        await SendAsync("tileset.json", new TileContentKey(_dataset, scenario, null, layer), "application/json");
        foreach (var address in tiles)
        {
            await SendAsync($"{address.Level}/{address.X}/{address.Y}.glb", new TileContentKey(_dataset, scenario, address, layer), "model/gltf-binary");
        }

        async Task SendAsync(string path, TileContentKey key, string contentType)
        {
            var known = request.KnownEtags.GetValueOrDefault(path);
            var response = await grains.GetGrain<ITileContentGrain>(key.ToString()).GetAsync(TileEncoding.Identity, known);
            if (response.Status == TileResponseStatus.NotFound)
            {
                throw new RpcException(new Status(StatusCode.NotFound, response.Reason ?? "not found"));
            }

            await responseStream.WriteAsync(
                new TilePayload
                {
                    Path = path,
                    Etag = response.ETag,
                    ContentType = contentType,
                    NotModified = response.Status == TileResponseStatus.NotModified,
                    Content = response.Body is null ? ByteString.Empty : UnsafeByteOperations.UnsafeWrap(response.Body),
                },
                context.CancellationToken);
        }
    }

    [Authorize(Scopes.Read)]
    public override async Task Subscribe(TileSubscription request, IServerStreamWriter<TileChangeEvent> responseStream, ServerCallContext context)
    {
        var scenario = Scenario(request.Scenario);
        var city = grains.GetGrain<ICityGrain>(_dataset);
        var cursor = await city.WaitForTileChangesAsync(Guid.Empty, 0, TimeSpan.Zero);
        await responseStream.WriteAsync(new TileChangeEvent { Scenario = scenario, Sequence = cursor.Sequence }, context.CancellationToken);
        while (!context.CancellationToken.IsCancellationRequested)
        {
            var changes = await city.WaitForTileChangesAsync(cursor.Epoch, cursor.Sequence, Wait);
            if (!changes.Complete)
            {
                await responseStream.WriteAsync(new TileChangeEvent { Scenario = scenario, ReloadAll = true, Sequence = changes.Sequence }, context.CancellationToken);
            }
            else
            {
                foreach (var change in await EventsAsync(city, scenario, changes))
                {
                    await responseStream.WriteAsync(change, context.CancellationToken);
                }
            }

            cursor = changes;
        }
    }

    private static async Task<List<TileChangeEvent>> EventsAsync(ICityGrain city, string scenario, TileChanges changes)
    {
        var mine = changes.Changes.Where(c => c.Scenario == scenario).ToList();
        var events = mine.Where(c => c.Layer is not null)
            .Select(c => new TileChangeEvent { Scenario = scenario, Layer = c.Layer, Sequence = c.Sequence })
            .ToList();
        var tiles = mine.Where(c => c.Address is not null).ToList();
        if (tiles.Count > 0)
        {
            var directory = await city.GetTileDirectoryAsync(scenario, null, null);
            var content = TilesetPlanner.Plan(directory.Tiles) is { } root ? ContentTiles(root, null).ToHashSet() : [];
            var changed = new TileChangeEvent { Scenario = scenario, Sequence = tiles[^1].Sequence };
            changed.Paths.AddRange(tiles
                .SelectMany(c => Enumerable.Range(0, c.Address!.Value.Level + 1).Select(c.Address.Value.AncestorAt))
                .Where(a => content.Contains(a) || a.Level == TilingScheme.IndexLevel)
                .Distinct()
                .OrderBy(a => a.Level).ThenBy(a => a.Y).ThenBy(a => a.X)
                .Select(a => $"{a.Level}/{a.X}/{a.Y}.glb"));
            events.Add(changed);
        }

        return events;
    }

    private static List<TileAddress> ContentTiles(TilesetNode root, RdEnvelope? box)
    {
        var found = new List<TileAddress>();
        var pending = new Queue<TilesetNode>([root]);
        while (pending.TryDequeue(out var node))
        {
            if (box is { } area && !node.Bounds.Intersects(area))
            {
                continue;
            }

            if (node.HasContent)
            {
                found.Add(node.Address);
            }

            foreach (var child in node.Children)
            {
                pending.Enqueue(child);
            }
        }

        return found;
    }

    private static string Scenario(string scenario)
    {
        var id = string.IsNullOrEmpty(scenario) ? TileKey.BaseScenario : scenario;
        return ScenarioId.IsValid(id) ? id : throw RequestReader.Invalid($"scenario '{scenario}' is not a scenario id (1-{ScenarioId.MaxLength} lower-case letters, digits, '-' or '_')");
    }

    private static string? Layer(string layer) =>
        string.IsNullOrEmpty(layer) ? null
        : ResultLayerId.IsValid(layer) ? layer
        : throw RequestReader.Invalid($"layer '{layer}' is not a result layer id");
}
