using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Twin.Grains.City;
using Twin.Grains.Tiles;
using Twin.Models.Geo;
using Twin.Models.Results;
using Twin.Silo.Hosting;

namespace Twin.Silo.Http;

/// <summary>
/// 3D Tiles over HTTP: <c>/tiles/{scenario}/tileset.json</c> and <c>/tiles/{scenario}/{level}/{x}/{y}.glb</c>,
/// each with <c>?layer=ID</c> for a result layer. Entity tags with If-None-Match (304), content
/// already compressed by the content grain (br, gzip), revalidation on every use (an edit shows at
/// once), and CORS so partner viewers on other origins can read them.
/// </summary>
public static class TileEndpoints
{
    public const string CorsPolicy = "tiles";

    public static WebApplication MapTwinTiles(this WebApplication app)
    {
        var tiles = app.MapGroup("/tiles/{scenario}").RequireCors(CorsPolicy).AllowAnonymous();
        tiles.MapGet("/tileset.json", (HttpContext http, string scenario, string? layer, IGrainFactory grains, IOptions<TwinOptions> options) =>
            ServeAsync(http, grains, options.Value.Dataset, scenario, null, layer, "application/json"));
        tiles.MapGet("/{level:int}/{x:int}/{y:int}.glb", (HttpContext http, string scenario, int level, int x, int y, string? layer, IGrainFactory grains, IOptions<TwinOptions> options) =>
            ServeAsync(http, grains, options.Value.Dataset, scenario, new TileAddress(level, x, y), layer, "model/gltf-binary"));
        app.MapGet("/api/v1/scenarios", async (IGrainFactory grains, IOptions<TwinOptions> options) =>
        {
            var planned = await grains.GetGrain<ICityGrain>(options.Value.Dataset).GetScenariosAsync();
            var listed = planned.Select(s => new { id = s.Id, name = s.Name, version = s.Version });
            return Results.Ok(listed.Prepend(new { id = TileKey.BaseScenario, name = "Huidige situatie", version = 0L }));
        }).RequireCors(CorsPolicy).AllowAnonymous();
        return app;
    }

    public static IServiceCollection AddTwinTileCors(this IServiceCollection services) =>
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .WithHeaders(HeaderNames.IfNoneMatch, HeaderNames.AcceptEncoding)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.ContentEncoding)));

    private static async Task<IResult> ServeAsync(HttpContext http, IGrainFactory grains, string dataset, string scenario, TileAddress? address, string? layer, string contentType)
    {
        if (!ScenarioId.IsValid(scenario))
        {
            return NotFound($"'{scenario}' is not a scenario id (1-{ScenarioId.MaxLength} lower-case letters, digits, '-' or '_')");
        }

        if (address is { IsValid: false } bad)
        {
            return NotFound($"tile {bad} is outside the tiling scheme (levels 0-{TilingScheme.MaxLevel}, x and y below 2^level)");
        }

        if (layer is not null && !ResultLayerId.IsValid(layer))
        {
            return NotFound($"'{layer}' is not a result layer id");
        }

        var encoding = ChooseEncoding(http.Request.Headers.AcceptEncoding);
        var key = new TileContentKey(dataset, scenario, address, layer).ToString();
        var response = await grains.GetGrain<ITileContentGrain>(key).GetAsync(encoding, http.Request.Headers.IfNoneMatch.ToString());
        var headers = http.Response.Headers;
        headers.CacheControl = "public, no-cache";
        headers.Vary = "Accept-Encoding";
        switch (response.Status)
        {
            case TileResponseStatus.NotFound:
                return NotFound(response.Reason ?? "not found");
            case TileResponseStatus.NotModified:
                headers.ETag = response.ETag;
                return Results.StatusCode(StatusCodes.Status304NotModified);
            default:
                headers.ETag = response.ETag;
                if (response.Encoding != TileEncoding.Identity)
                {
                    headers.ContentEncoding = response.Encoding == TileEncoding.Brotli ? "br" : "gzip";
                }

                return Results.Bytes(response.Body!, contentType);
        }
    }

    private static IResult NotFound(string reason) =>
        Results.Problem(title: "Not found", detail: reason, statusCode: StatusCodes.Status404NotFound);

    private static TileEncoding ChooseEncoding(StringValues acceptEncoding)
    {
        var accepted = acceptEncoding.ToString();
        if (Accepts(accepted, "br"))
        {
            return TileEncoding.Brotli;
        }

        return Accepts(accepted, "gzip") ? TileEncoding.Gzip : TileEncoding.Identity;
    }

    private static bool Accepts(string header, string coding) =>
        header.Split(',', StringSplitOptions.TrimEntries).Any(part =>
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            return string.Equals(pieces[0], coding, StringComparison.OrdinalIgnoreCase) && !pieces.Skip(1).Any(p => p.Replace(" ", string.Empty, StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
        });
}
