using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Twin.Grains;
using Twin.Grains.City;
using Twin.Silo.Access;
using Twin.Silo.Api;
using Twin.Silo.Http;
using Twin.Silo.Sensors;

namespace Twin.Silo.Hosting;

/// <summary>What a Twin silo is made of, step by step; Program.cs reads as the table of contents.</summary>
public static class TwinSiloExtensions
{
    /// <summary>Reads orleans.json: --config PATH, else TWIN_CONFIG, else ./orleans.json, else the copy beside the binary.</summary>
    public static WebApplicationBuilder AddTwinConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        var path = ConfigurationPath(args);
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.GetFileName(path),
            Optional = false,
            ReloadOnChange = false,
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetDirectoryName(path)!),
        });
        return builder;
    }

    public static WebApplicationBuilder AddTwinSilo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TwinOptions>().Bind(builder.Configuration.GetSection(TwinOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TwinOptions>, TwinOptionsValidator>();
        builder.Services.AddSingleton<SiloReadiness>();
        builder.Services.AddSingleton<CityWriter>();
        builder.Services.AddSingleton<CityReader>();
        builder.Services.AddSingleton<IImportOwners, ClusterImportOwners>();
        builder.Services.AddSingleton<CityImports>();
        builder.Services.AddSingleton<DemoPlan>();
        builder.Services.AddSingleton<ImportRecovery>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ImportRecovery>());
        builder.Services.AddSingleton<ImportSession>();
        builder.Services.AddTwinSensors(builder.Configuration);
        builder.AddTwinTelemetry();

        builder.UseOrleans(silo => silo.AddTwinGrains().AddTwinClusterMembership(builder.Configuration).AddTwinTracing(builder.Configuration).AddTwinDashboard(builder.Configuration));
        builder.Services.AddHostedService<DemoSeeder>();

        builder.Services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<ErrorInterceptor>();
            grpc.EnableDetailedErrors = false;
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddTwinTileCors();
        builder.Services.AddHealthChecks().AddCheck<ReadinessHealthCheck>("readiness").AddCheck<ClusterHealthCheck>("cluster-and-storage");
        builder.Services.AddGrpcHealthChecks();

        var twin = builder.Configuration.GetSection(TwinOptions.Section).Get<TwinOptions>() ?? new TwinOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = IPAddress.TryParse(twin.Address, out var parsed) ? parsed : IPAddress.Loopback;
            kestrel.Listen(address, twin.HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(address, twin.GrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        return builder;
    }

    public static WebApplication MapTwinEndpoints(this WebApplication app)
    {
        app.UseCors();
        app.UseTwinAccess();
        app.MapGrpcService<CityApi>();
        app.MapGrpcService<TileApi>();
        app.MapGrpcService<ScenarioApi>();
        app.MapGrpcService<SensorApi>();
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapTwinHttp();
        app.MapTwinTiles();
        app.MapTwinSensors();
        app.MapTwinTelemetry();
        app.MapTwinClusterStatus();
        app.MapTwinAccess();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var options = app.Services.GetRequiredService<IOptions<TwinOptions>>().Value;
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Twin.Silo");
            TwinLog.Serving(logger, options.Dataset, options.Address, options.HttpPort, options.GrpcPort);
        });
        return app;
    }

    private static string ConfigurationPath(string[] args)
    {
        var index = Array.IndexOf(args, "--config");
        var given = index >= 0 && index + 1 < args.Length ? args[index + 1] : Environment.GetEnvironmentVariable("TWIN_CONFIG");
        if (!string.IsNullOrEmpty(given))
        {
            return Path.GetFullPath(given);
        }

        var local = Path.GetFullPath("orleans.json");
        return File.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, "orleans.json");
    }
}
