using System.Diagnostics;
using System.Security.Claims;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;

namespace Twin.Silo.Access;

/// <summary>
/// Writes the audit line of every call to an <see cref="AuditedAttribute"/> endpoint, after it ended:
/// it sits before authentication, so refused attempts (no key, wrong scope, rate limit) are logged too.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditLog audit, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is null)
        {
            await next(http);
            return;
        }

        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        string? failure = null;
        try
        {
            await next(http);
        }
        catch (Exception exception)
        {
            failure = exception.GetType().Name;
            throw;
        }
        finally
        {
            var grpc = AccessResponses.IsGrpc(http);
            audit.Write(new AuditEntry(
                started,
                http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "(no valid key)",
                http.User.FindFirstValue(ApiKeyAuthenticationHandler.KeyIdClaim) ?? "",
                grpc ? http.Request.Path.Value ?? "" : $"{http.Request.Method} {http.Request.Path}",
                AuditEntities.Find(http)?.Ids ?? [],
                failure ?? (grpc ? GrpcOutcome(http) : http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                http.Response.StatusCode,
                http.Connection.RemoteIpAddress?.ToString(),
                Math.Round(clock.Elapsed.TotalMilliseconds, 1)));
        }
    }

    private static string GrpcOutcome(HttpContext http)
    {
        if (AccessOutcome.Recall(http) is { } refused)
        {
            return refused.ToString();
        }

        var trailers = http.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        var status = trailers?["grpc-status"].ToString() is { Length: > 0 } inTrailers ? inTrailers : http.Response.Headers["grpc-status"].ToString();
        return int.TryParse(status, out var code) ? ((StatusCode)code).ToString() : "Aborted";
    }
}
