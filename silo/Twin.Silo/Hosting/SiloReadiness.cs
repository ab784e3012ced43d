namespace Twin.Silo.Hosting;

/// <summary>Whether the silo is still loading its data (seeding the demo); readable by health checks and the API.</summary>
public sealed class SiloReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _loading = true;

    public bool Loading => _loading;

    /// <summary>Completes once the data is loaded.</summary>
    public Task WhenReady => _ready.Task;

    public void MarkReady()
    {
        _loading = false;
        _ready.TrySetResult();
    }
}
