using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Twin.Silo.Access;

/// <summary>
/// Turns a failed authorization into an answer a partner can act on: no key or a refused key is
/// UNAUTHENTICATED / 401 with the reason; a key without the endpoint's scope is PERMISSION_DENIED / 403
/// naming the scope needed and the scopes held.
/// </summary>
public sealed class ScopeResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var operation = Operation(context);
        if (authorizeResult.Challenged)
        {
            var refusal = AccessRefusal.Recall(context);
            var reason = refusal ?? $"{operation} needs an API key: send 'authorization: ApiKey <key>' or 'x-api-key: <key>'";
            return AccessResponses.WriteAsync(context, StatusCode.Unauthenticated, StatusCodes.Status401Unauthorized, refusal is null ? "API key needed" : "API key refused", reason);
        }

        if (authorizeResult.Forbidden)
        {
            var needed = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct() ?? [];
            var partner = context.Features.Get<Partner>();
            var held = partner is null ? "none" : string.Join(", ", partner.Scopes.Order(StringComparer.Ordinal));
            var detail = $"{operation} needs scope '{string.Join("', '", needed)}'; partner '{partner?.Id}' has: {held}";
            return AccessResponses.WriteAsync(context, StatusCode.PermissionDenied, StatusCodes.Status403Forbidden, "Scope missing", detail);
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static string Operation(HttpContext context) =>
        AccessResponses.IsGrpc(context) ? context.Request.Path.Value?.TrimStart('/') ?? "" : $"{context.Request.Method} {context.Request.Path}";
}
