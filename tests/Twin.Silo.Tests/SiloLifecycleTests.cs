using Twin.Testing;

namespace Twin.Silo.Tests;

public sealed class SiloLifecycleTests
{
    [Fact]
    public async Task Interrupt_RunningSilo_StopsCleanly()
    {
        await using var silo = await SiloProcess.StartAsync("--Twin:Demo:SeedWhenEmpty=false");

        var stopped = await silo.InterruptAsync(TimeSpan.FromSeconds(30));

        Assert.True(stopped, "the silo did not stop within 30 s of SIGINT:\n" + silo.Log);
        Assert.Equal(0, silo.ExitCode);
        Assert.Contains("Application is shutting down", silo.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidTwinOptions_RefusesToStartNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SiloProcess.StartAsync("--Twin:Dataset=Not Valid!"));

        Assert.Contains("Twin:Dataset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Orleans:ClusterMembership:NumMissedProbesLimit=0", "NumMissedProbesLimit")]
    [InlineData("--Orleans:ClusterMembership:ProbeTimeout=soon", "Orleans:ClusterMembership:ProbeTimeout")]
    public async Task Start_InvalidClusterMembership_RefusesToStartNamingTheSetting(string setting, string named)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SiloProcess.StartAsync(setting, "--Twin:Demo:SeedWhenEmpty=false"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
