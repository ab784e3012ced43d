using Grpc.Core;

namespace Twin.Silo.Access;

/// <summary>The gRPC status a refusal wrote in the response headers, for the audit log (which otherwise reads the trailers).</summary>
public static class AccessOutcome
{
    private const string ItemKey = "twin.access.outcome";

    public static void Remember(HttpContext http, StatusCode status) => http.Items[ItemKey] = status;

    public static StatusCode? Recall(HttpContext http) => http.Items.TryGetValue(ItemKey, out var status) ? status as StatusCode? : null;
}
