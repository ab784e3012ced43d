using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Twin.Silo.Access;

/// <summary>
/// Authenticates a request by its API key (HTTP header or gRPC metadata: <c>authorization: ApiKey &lt;key&gt;</c>
/// or <c>x-api-key</c>). No key: no identity (Open mode: the anonymous caller with every scope). A key
/// that is unknown, revoked or expired: refused, with the reason kept for the 401 / UNAUTHENTICATED answer.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PartnerDirectory partners) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The claim with the partner's key id, for the audit log.</summary>
    public const string KeyIdClaim = "twin:key";

    private static readonly IReadOnlySet<string> EveryScope = Scopes.All.ToHashSet(StringComparer.Ordinal);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ApiKeys.FromHeaders(Request.Headers.Authorization, Request.Headers[ApiKeys.HeaderName]);
        var open = partners.Settings.Mode == AccessMode.Open;
        if (string.IsNullOrEmpty(key))
        {
            return Task.FromResult(open
                ? Success(new Partner(Partner.AnonymousId, "anonymous (Open mode)", "", EveryScope, partners.Settings.RateLimit))
                : AuthenticateResult.NoResult());
        }

        var check = partners.Check(key);
        if (check.Partner is not { } partner)
        {
            AccessRefusal.Remember(Context, check.Refusal!);
            return Task.FromResult(AuthenticateResult.Fail(check.Refusal!));
        }

        return Task.FromResult(Success(open ? partner with { Scopes = EveryScope } : partner));
    }

    private AuthenticateResult Success(Partner partner)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, partner.Id), new(ClaimTypes.Name, partner.Name), new(KeyIdClaim, partner.KeyId) };
        claims.AddRange(partner.Scopes.Select(scope => new Claim(Scopes.ClaimType, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        Context.Features.Set(partner);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
