using Microsoft.Extensions.Options;
using Twin.Grains.City;
using Twin.Models.Geo;
using Twin.Silo.Hosting;

namespace Twin.Silo.Http;

/// <summary>The HTTP side: the web viewer at /, the landing page at /about, the city's counts as JSON. 3D tiles come here too.</summary>
public static class TwinHttpEndpoints
{
    public static WebApplication MapTwinHttp(this WebApplication app)
    {
        app.MapGet("/api/v1/stats", async (IGrainFactory grains, IOptions<TwinOptions> options, SiloReadiness readiness) =>
        {
            var stats = await grains.GetGrain<ICityGrain>(options.Value.Dataset).GetStatsAsync(TileKey.BaseScenario);
            return Results.Ok(new
            {
                dataset = stats.Dataset,
                loading = readiness.Loading,
                datasetVersion = stats.DatasetVersion,
                counts = stats.Counts,
                extentRd = stats.Extent.IsEmpty ? null : new[] { stats.Extent.MinX, stats.Extent.MinY, stats.Extent.MaxX, stats.Extent.MaxY },
                tiles = stats.Tiles,
            });
        }).AllowAnonymous();
        app.MapTwinViewer();
        return app;
    }
}
