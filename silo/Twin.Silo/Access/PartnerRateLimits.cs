using System.Globalization;
using System.Threading.RateLimiting;
using Grpc.Core;
using Microsoft.AspNetCore.RateLimiting;

namespace Twin.Silo.Access;

/// <summary>
/// One token bucket per partner (and, when configured, per anonymous remote address), so a flood
/// from one partner uses up its own bucket and nobody else's. Refused: RESOURCE_EXHAUSTED / 429 with Retry-After.
/// </summary>
public static class PartnerRateLimits
{
    public static void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        options.OnRejected = async (rejected, _) =>
        {
            var http = rejected.HttpContext;
            var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var who = http.Features.Get<Partner>()?.Id ?? "anonymous callers from " + http.Connection.RemoteIpAddress;
            await AccessResponses.WriteAsync(http, StatusCode.ResourceExhausted, StatusCodes.Status429TooManyRequests, "Rate limit",
                $"rate limit of {who} reached; retry after {retry.TotalSeconds:0.###} s");
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        var partner = http.Features.Get<Partner>();
        if (partner is not null && partner.Id != Partner.AnonymousId)
        {
            return Bucket("partner:" + partner.Id, partner.RateLimit);
        }

        var anonymous = http.RequestServices.GetRequiredService<PartnerDirectory>().Settings.AnonymousRateLimit;
        return anonymous is null
            ? RateLimitPartition.GetNoLimiter("anonymous")
            : Bucket("anonymous:" + http.Connection.RemoteIpAddress, anonymous);
    }

    private static RateLimitPartition<string> Bucket(string who, RateLimitSettings limit)
    {
        // A change of the partner's limit in the key file makes a new bucket (the key includes the limit).
        var (tokens, period) = limit.PermitsPerSecond >= 10
            ? (limit.PermitsPerSecond / 10, TimeSpan.FromMilliseconds(100))
            : (1, TimeSpan.FromSeconds(1.0 / limit.PermitsPerSecond));
        return RateLimitPartition.GetTokenBucketLimiter($"{who}:{limit.PermitsPerSecond}:{limit.Burst}", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Burst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
