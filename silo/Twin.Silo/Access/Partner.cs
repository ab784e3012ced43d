namespace Twin.Silo.Access;

/// <summary>A partner as a request's key revealed it: who, with which key, what it may do, how fast.</summary>
public sealed record Partner(string Id, string Name, string KeyId, IReadOnlySet<string> Scopes, RateLimitSettings RateLimit)
{
    /// <summary>The caller without a key in Open mode: every scope, no limit.</summary>
    public const string AnonymousId = "anonymous";

    public bool Has(string scope) => Scopes.Contains(scope) || Scopes.Contains(Access.Scopes.Admin);
}
