namespace Twin.Silo.Hosting;

/// <summary>The silo's log messages, generated at compile time.</summary>
public static partial class TwinLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Twin is serving dataset {Dataset}: HTTP http://{Address}:{HttpPort}/ (viewer, open data, health), gRPC http://{Address}:{GrpcPort} (twin.v1)")]
    public static partial void Serving(ILogger logger, string dataset, string address, int httpPort, int grpcPort);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "The store is empty: seeding the synthetic demo, {Scale} scale ({Count} entities)")]
    public static partial void SeedingDemo(ILogger logger, Twin.Models.Demo.DemoScale scale, int count);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Demo seeded: {Created} entities in {Tiles} tiles in {Seconds:0.0} s")]
    public static partial void DemoSeeded(ILogger logger, int created, int tiles, double seconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "The store holds {Count} entities (dataset version {Version}): no demo seeding")]
    public static partial void StoreNotEmpty(ILogger logger, int count, long version);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Imported {File}: {Created} created, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected")]
    public static partial void ImportCompleted(ILogger logger, string file, int created, int updated, int unchanged, int rejected);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Import of {File} refused: {Reason}")]
    public static partial void ImportFileRejected(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "Seeding the demo failed")]
    public static partial void SeedingFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "The demo's example plan was not accepted: {Problems}")]
    public static partial void ProposalRejected(ILogger logger, string problems);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Scenario {Scenario} ran (traffic, air quality, sun, indicators): {Iterations} iterations, relative gap {Gap:E2}, {VehicleHours:N0} vehicle-hours {Problems}")]
    public static partial void ScenarioRun(ILogger logger, string scenario, int iterations, double gap, double vehicleHours, string problems);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Simulated sensor feed running for {Sensors} demo sensors ({BackfillHours} hours of history filled in); their readings are marked simulated")]
    public static partial void SimulatedFeedStarted(ILogger logger, int sensors, int backfillHours);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "The simulated sensor feed stopped")]
    public static partial void SimulatedFeedFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Import {Import} ({Source}) is journaled but not completed; owner {Owner}")]
    public static partial void ImportPending(ILogger logger, string import, string source, string owner);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Import {Import} ({Source}, {Count} entities) was interrupted by a crash and has been rolled forward: it is now complete")]
    public static partial void ImportRolledForward(ILogger logger, string import, string source, int count);

    [LoggerMessage(EventId = 42, Level = LogLevel.Error, Message = "Rolling forward interrupted imports failed; trying again shortly")]
    public static partial void ImportRecoveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 43, Level = LogLevel.Information, Message = "The demo is being seeded by another silo of the cluster, or was seeded already: not seeding here")]
    public static partial void DemoSeededElsewhere(ILogger logger);
}
