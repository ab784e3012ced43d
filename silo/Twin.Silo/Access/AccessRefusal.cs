namespace Twin.Silo.Access;

/// <summary>Why a request's key was refused, kept on the request so the 401 / UNAUTHENTICATED answer can say it.</summary>
public static class AccessRefusal
{
    private const string ItemKey = "twin.access.refusal";

    public static void Remember(HttpContext http, string reason) => http.Items[ItemKey] = reason;

    public static string? Recall(HttpContext http) => http.Items.TryGetValue(ItemKey, out var reason) ? reason as string : null;
}
