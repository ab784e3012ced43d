using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Twin.Silo.Hosting;

namespace Twin.Silo.Http;

/// <summary>
/// The web viewer (clients/viewer, CesiumJS) as static files from wwwroot/ beside the silo binary:
/// the build puts it there. <c>/</c> is the viewer; <c>/about</c> is the landing page with ports and API links.
/// </summary>
public static class ViewerEndpoints
{
    public static WebApplication MapTwinViewer(this WebApplication app)
    {
        app.MapGet("/about", (IOptions<TwinOptions> options) => Results.Content(LandingPage.Html(options.Value), "text/html; charset=utf-8")).AllowAnonymous();

        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var index = Path.Combine(root, "index.html");
        if (!File.Exists(index))
        {
            // A build without the viewer (npm missing): the landing page still says what runs where.
            app.MapGet("/", (IOptions<TwinOptions> options) => Results.Content(LandingPage.Html(options.Value), "text/html; charset=utf-8")).AllowAnonymous();
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
            OnPrepareResponse = context =>
            {
                // The viewer's own files change with every build; Cesium's only with its version.
                var cesium = context.Context.Request.Path.StartsWithSegments("/cesium");
                context.Context.Response.Headers[HeaderNames.CacheControl] = cesium ? "public, max-age=86400" : "no-cache";
            },
        });
        app.MapGet("/", () => Results.File(index, "text/html; charset=utf-8")).AllowAnonymous();
        return app;
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".wasm"] = "application/wasm";
        types.Mappings[".glb"] = "model/gltf-binary";
        types.Mappings[".mjs"] = "text/javascript";
        return types;
    }
}
