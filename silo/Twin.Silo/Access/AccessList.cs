using Microsoft.AspNetCore.Authorization;

namespace Twin.Silo.Access;

/// <summary>
/// Every endpoint and what it needs: a scope, or "open" (open data and the viewer). Served at
/// <c>/api/v1/access</c> for partners, and checked at start: an endpoint with neither a scope nor an
/// open-data mark stops the silo, so no new endpoint can be left unprotected by accident.
/// </summary>
public static class AccessList
{
    public const string Path = "/api/v1/access";
    public const string Open = "open";

    public static WebApplication MapTwinAccess(this WebApplication app)
    {
        app.MapGet(Path, (EndpointDataSource endpoints) => Results.Ok(Describe(endpoints.Endpoints)))
            .WithMetadata(new OpenDataAttribute());
        var unprotected = Describe(((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints))
            .Where(e => e.Needs.Length == 0)
            .Select(e => e.Endpoint)
            .ToList();
        if (unprotected.Count > 0)
        {
            throw new InvalidOperationException(
                "These endpoints have neither a scope (RequireAuthorization(Scopes.X) / [Authorize(Scopes.X)]) nor an open-data mark (AllowAnonymous / [OpenData]): "
                + string.Join(", ", unprotected));
        }

        return app;
    }

    public static IReadOnlyList<AccessListEntry> Describe(IEnumerable<Endpoint> endpoints) =>
    [
        .. endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsGrpcFallback(e))
            .Select(e => new AccessListEntry(Name(e), Needs(e), e.Metadata.GetMetadata<AuditedAttribute>() is not null))
            .DistinctBy(e => e.Endpoint)
            .OrderBy(e => e.Endpoint, StringComparer.Ordinal),
    ];

    private static string[] Needs(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return [Open];
        }

        return [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "authenticated").Distinct()];
    }

    private static string Name(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
        var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        return endpoint.Metadata.GetMetadata<Grpc.AspNetCore.Server.GrpcMethodMetadata>() is { } grpc
            ? grpc.Method.FullName
            : $"{string.Join("|", methods.Where(m => m != "OPTIONS"))} {route}".Trim();
    }

    // gRPC's own "unimplemented method/service" answers and CORS preflight routes carry no data.
    private static bool IsGrpcFallback(RouteEndpoint endpoint) =>
        endpoint.DisplayName?.Contains("Unimplemented", StringComparison.OrdinalIgnoreCase) == true
        || endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is ["OPTIONS"];
}
