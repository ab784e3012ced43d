using System.Globalization;
using Orleans.Dashboard;

namespace Twin.Silo.Hosting;

/// <summary>
/// The cluster as operators see it: <c>/cluster</c> on the HTTP port lists the silos of the cluster with
/// their status and the grain activations on each, by grain type, from Orleans' management grain. The full
/// Orleans dashboard comes on at Twin:Operations:DashboardPath when Twin:Operations:Dashboard is true.
/// A silo that does not answer (killed, and not yet declared dead) is listed with <c>reachable: false</c>
/// and no activations, so the page still answers while the cluster recovers.
/// </summary>
public static class ClusterStatus
{
    public const string Path = "/cluster";

    private static readonly TimeSpan StatisticsTimeout = TimeSpan.FromSeconds(3);

    public static ISiloBuilder AddTwinDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (TwinTelemetry.Settings(configuration).Dashboard)
        {
            silo.AddDashboard();
        }

        return silo;
    }

    public static WebApplication MapTwinClusterStatus(this WebApplication app)
    {
        // Operators' views of the cluster: admin scope when partners need keys (Open mode lets everyone in).
        app.MapGet(Path, GetAsync).RequireAuthorization(Twin.Silo.Access.Scopes.Admin);
        var settings = TwinTelemetry.Settings(app.Configuration);
        if (settings.Dashboard)
        {
            app.MapOrleansDashboard(routePrefix: settings.DashboardPath).RequireAuthorization(Twin.Silo.Access.Scopes.Admin);
        }

        return app;
    }

    private static async Task<IResult> GetAsync(IGrainFactory grains, ILocalSiloDetails local)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false);
        // Asked silo by silo: a silo that died and is not yet declared dead must not take the whole page down.
        var asked = await Task.WhenAll(hosts.Where(h => h.Status == SiloStatus.Active).Select(async h => (h.SiloAddress, Statistics: await StatisticsAsync(management, h.SiloAddress))));
        var statistics = asked.SelectMany(a => a.Statistics ?? []).ToArray();
        var unreachable = asked.Where(a => a.Statistics is null).Select(a => a.SiloAddress).ToHashSet();
        var silos = hosts
            .OrderBy(h => h.SiloAddress.ToString(), StringComparer.Ordinal)
            .Select(host => new
            {
                address = host.SiloAddress.ToParsableString(),
                name = host.SiloName,
                status = host.Status.ToString(),
                self = host.SiloAddress.Equals(local.SiloAddress),
                reachable = !unreachable.Contains(host.SiloAddress),
                startedAt = host.StartTime.ToString("O", CultureInfo.InvariantCulture),
                activations = statistics
                    .Where(s => s.SiloAddress.Equals(host.SiloAddress) && s.ActivationCount > 0)
                    .GroupBy(s => ShortName(s.GrainType))
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount)),
            });
        return Results.Json(new { clusterId = local.ClusterId, silo = local.SiloAddress.ToParsableString(), silos });
    }

    /// <summary>The grain activations of one silo, or null when it does not answer within a few seconds (it may have just died).</summary>
    private static async Task<SimpleGrainStatistic[]?> StatisticsAsync(IManagementGrain management, SiloAddress silo)
    {
        try
        {
            return await management.GetSimpleGrainStatistics([silo]).WaitAsync(StatisticsTimeout);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>"Twin.Grains.City.SensorGrain,Twin.Grains" and the like become "SensorGrain".</summary>
    private static string ShortName(string grainType)
    {
        var type = grainType.Split(',')[0];
        var generic = type.IndexOf('`', StringComparison.Ordinal);
        type = generic >= 0 ? type[..generic] : type;
        return type[(type.LastIndexOf('.') + 1)..];
    }
}
