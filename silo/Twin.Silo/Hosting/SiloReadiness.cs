namespace Twin.Silo.Hosting;

/// <summary>Whether the silo is still loading its data (seeding the demo); readable by health checks and the API.</summary>
public sealed class SiloReadiness
{
    private volatile bool _loading = true;

    public bool Loading => _loading;

    public void MarkReady() => _loading = false;
}
