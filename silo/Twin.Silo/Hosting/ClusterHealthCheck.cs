using Microsoft.Extensions.Diagnostics.HealthChecks;
using Twin.Grains.Health;

namespace Twin.Silo.Hosting;

/// <summary>
/// Healthy when this silo is an active member of its cluster and can write to its grain storage now;
/// unhealthy otherwise, with the reason. A load balancer takes an unhealthy silo out of rotation.
/// </summary>
public sealed class ClusterHealthCheck(ILocalSiloDetails local, IClusterMembershipService membership, IGrainFactory grains) : IHealthCheck
{
    /// <summary>How long a storage write may take before the storage counts as unreachable.</summary>
    public static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(local.SiloAddress);
        if (status != SiloStatus.Active)
        {
            return HealthCheckResult.Unhealthy($"this silo is not an active member of cluster {local.ClusterId} (status {status})");
        }

        try
        {
            await grains.GetGrain<IStorageProbeGrain>(local.SiloAddress.ToParsableString()).ProbeAsync().WaitAsync(StorageTimeout, cancellationToken);
            return HealthCheckResult.Healthy($"active in cluster {local.ClusterId}; grain storage writable");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("grain storage is not writable: " + exception.Message, exception);
        }
    }
}
