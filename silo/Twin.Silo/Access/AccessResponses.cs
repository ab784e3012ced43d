using Grpc.Core;

namespace Twin.Silo.Access;

/// <summary>
/// Refusals in the caller's language: a gRPC call gets a trailers-only response with its status
/// (UNAUTHENTICATED, PERMISSION_DENIED, RESOURCE_EXHAUSTED) and a message; an HTTP request gets
/// problem details with 401, 403 or 429.
/// </summary>
public static class AccessResponses
{
    public static bool IsGrpc(HttpContext http) =>
        http.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static async Task WriteAsync(HttpContext http, StatusCode grpcStatus, int httpStatus, string title, string detail)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Twin.Silo.Access");
        if (logger.IsEnabled(LogLevel.Debug))
        {
            AccessLog.Refused(logger, http.Request.Path.Value ?? "", httpStatus, detail);
        }

        if (http.Response.HasStarted)
        {
            return;
        }

        if (IsGrpc(http))
        {
            // Trailers-only: HTTP 200, the status in the headers, no body (the gRPC over HTTP/2 protocol's way to fail early).
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/grpc";
            http.Response.Headers["grpc-status"] = ((int)grpcStatus).ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers["grpc-message"] = Uri.EscapeDataString(detail);
            AccessOutcome.Remember(http, grpcStatus);
            return;
        }

        await Results.Problem(title: title, detail: detail, statusCode: httpStatus).ExecuteAsync(http);
    }
}
