using System.Net;
using Twin.Silo.Hosting;

namespace Twin.Silo.Http;

/// <summary>The page at /about (and at / when the viewer was not built): what runs, and where to reach it.</summary>
public static class LandingPage
{
    public static string Html(TwinOptions options)
    {
        var dataset = WebUtility.HtmlEncode(options.Dataset);
        return $$"""
            <!doctype html>
            <html lang="nl">
            <head><meta charset="utf-8"><title>Twin — {{dataset}}</title>
            <style>body{font:1.4rem/1.5 system-ui,sans-serif;margin:3rem;max-width:60rem}code{background:#eee;padding:0 .3rem}</style></head>
            <body>
            <h1>Twin — digitale tweeling van Hilversum</h1>
            <p><a href="/">3D-viewer</a>. Dataset <strong>{{dataset}}</strong>. Tellingen: <a href="/api/v1/stats">/api/v1/stats</a>. Gezondheid: <a href="/healthz">/healthz</a>.</p>
            <p>gRPC (twin.v1): <code>{{WebUtility.HtmlEncode(options.Address)}}:{{options.GrpcPort}}</code> — bijvoorbeeld <code>twin stats</code>.</p>
            </body>
            </html>
            """;
    }
}
