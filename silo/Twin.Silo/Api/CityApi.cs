using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Twin.Api.V1;
using Twin.Silo.Access;
using Twin.Grains.City;
using CityStats = Twin.Api.V1.CityStats;
using Twin.Models.Geo;
using Twin.Silo.Hosting;

namespace Twin.Silo.Api;

/// <summary>The twin.v1 CityService: thin translation between messages and the grains.</summary>
public sealed class CityApi(
    IGrainFactory grains,
    CityReader reader,
    ImportSession importer,
    SiloReadiness readiness,
    IOptions<TwinOptions> options) : CityService.CityServiceBase
{
    private readonly string _dataset = options.Value.Dataset;

    [Authorize(Scopes.Read)]
    public override async Task<Entity> GetEntity(GetEntityRequest request, ServerCallContext context)
    {
        var kind = RequestReader.Kind(request.Kind, "kind");
        var id = RequestReader.Id(request.Id, "id");
        var entity = await grains.GetEntityAsync(kind, id)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no {kind} with id '{id}'"));
        return EntityMessages.ToMessage(entity, new CoordinateOutput(request.Crs));
    }

    [Authorize(Scopes.Read)]
    public override async Task QueryArea(QueryAreaRequest request, IServerStreamWriter<Entity> responseStream, ServerCallContext context)
    {
        var box = RequestReader.Box(request.Box, "box");
        var kinds = RequestReader.Kinds(request.Kinds, "kinds");
        if (request.Limit < 0)
        {
            throw RequestReader.Invalid("limit must be 0 (no limit) or positive");
        }

        var output = new CoordinateOutput(request.Crs);
        var sent = 0;
        await foreach (var set in reader.QueryAsync(_dataset, TileKey.BaseScenario, box, kinds, context.CancellationToken))
        {
            foreach (var entity in set.All())
            {
                if (request.Limit > 0 && sent == request.Limit)
                {
                    return;
                }

                await responseStream.WriteAsync(EntityMessages.ToMessage(entity, output), context.CancellationToken);
                sent++;
            }
        }
    }

    [Authorize(Scopes.Read)]
    public override async Task<CityStats> GetStats(GetStatsRequest request, ServerCallContext context)
    {
        var stats = await grains.GetGrain<ICityGrain>(_dataset).GetStatsAsync(TileKey.BaseScenario);
        var output = new CoordinateOutput(request.Crs);
        var message = new CityStats
        {
            Dataset = stats.Dataset,
            Counts = EntityMessages.ToMessage(stats.Counts),
            Extent = stats.Extent.IsEmpty ? null : output.Box(stats.Extent),
            DatasetVersion = stats.DatasetVersion,
            Tiles = stats.Tiles,
            Loading = readiness.Loading,
        };
        message.RecentImports.AddRange(stats.RecentImports.Select(EntityMessages.ToMessage));
        return message;
    }

    [Authorize(Scopes.Admin)]
    [Audited]
    public override Task Import(IAsyncStreamReader<ImportRequest> requestStream, IServerStreamWriter<ImportEvent> responseStream, ServerCallContext context) =>
        importer.RunAsync(requestStream, responseStream, context.CancellationToken);
}
