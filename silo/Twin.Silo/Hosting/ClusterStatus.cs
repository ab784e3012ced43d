using System.Globalization;
using Orleans.Dashboard;

namespace Twin.Silo.Hosting;

/// <summary>
/// The cluster as operators see it: <c>/cluster</c> on the HTTP port lists the silos of the cluster with
/// their status and the grain activations on each, by grain type, from Orleans' management grain. The full
/// Orleans dashboard comes on at Twin:Operations:DashboardPath when Twin:Operations:Dashboard is true.
/// </summary>
public static class ClusterStatus
{
    public const string Path = "/cluster";

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
        app.MapGet(Path, GetAsync);
        var settings = TwinTelemetry.Settings(app.Configuration);
        if (settings.Dashboard)
        {
            app.MapOrleansDashboard(routePrefix: settings.DashboardPath);
        }

        return app;
    }

    private static async Task<IResult> GetAsync(IGrainFactory grains, ILocalSiloDetails local)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false);
        var statistics = await management.GetSimpleGrainStatistics();
        var silos = hosts
            .OrderBy(h => h.SiloAddress.ToString(), StringComparer.Ordinal)
            .Select(host => new
            {
                address = host.SiloAddress.ToParsableString(),
                name = host.SiloName,
                status = host.Status.ToString(),
                self = host.SiloAddress.Equals(local.SiloAddress),
                startedAt = host.StartTime.ToString("O", CultureInfo.InvariantCulture),
                activations = statistics
                    .Where(s => s.SiloAddress.Equals(host.SiloAddress) && s.ActivationCount > 0)
                    .GroupBy(s => ShortName(s.GrainType))
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount)),
            });
        return Results.Json(new { clusterId = local.ClusterId, silo = local.SiloAddress.ToParsableString(), silos });
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
