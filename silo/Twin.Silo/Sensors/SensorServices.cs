namespace Twin.Silo.Sensors;

/// <summary>The silo's side of live sensor data: register, ingest routing, queries, live feeds and the demo's simulated feed.</summary>
public static class SensorServices
{
    public static IServiceCollection AddTwinSensors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SensorSettings>().Bind(configuration.GetSection("Twin:Sensors")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SensorMetrics>();
        services.AddSingleton<SimulatedSensors>();
        services.AddSingleton<SensorDirectory>();
        services.AddSingleton<ReadingRouter>();
        services.AddSingleton<SensorDetails>();
        services.AddSingleton<SensorQueries>();
        services.AddHostedService<SimulatedFeed>();
        return services;
    }
}
