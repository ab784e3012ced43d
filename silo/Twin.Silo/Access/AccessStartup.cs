namespace Twin.Silo.Access;

/// <summary>At start: reads the partners and keys (a bad key file stops the silo with the reason) and says which mode runs.</summary>
public sealed class AccessStartup(PartnerDirectory partners, ILogger<AccessStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var problems = partners.Load();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Twin:Access: " + string.Join("; ", problems));
        }

        var settings = partners.Settings;
        if (settings.Mode == AccessMode.Open)
        {
            AccessLog.OpenMode(logger);
        }
        else
        {
            var table = partners.Current;
            AccessLog.KeysMode(logger, table.PartnerCount, table.KeyCount, settings.KeyFile ?? "(none)");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
