using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>"Acknowledged = stored" against a real Redis (append-only file, fsync per write).</summary>
public sealed class DurableSensorTests
{
    [Fact]
    public async Task Ingest_SiloKilledMidStream_EveryAcknowledgedReadingIsThereAfterRestart()
    {
        await using var redis = await RedisProcess.StartAsync();

        await KillMidStream.AssertAcknowledgedReadingsSurviveAsync(redis.SiloArguments);
    }
}
