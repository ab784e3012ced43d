using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Twin.Silo.Hosting;

/// <summary>Healthy once the silo has loaded its data; degraded (still serving) while it seeds.</summary>
public sealed class ReadinessHealthCheck(SiloReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.Loading
            ? HealthCheckResult.Degraded("loading: the demo district is being seeded")
            : HealthCheckResult.Healthy("serving"));
}
