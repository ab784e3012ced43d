using System.Threading.Channels;
using Twin.Grains.City;
using Twin.Grains.Sensors;

namespace Twin.Silo.Sensors;

/// <summary>
/// A live subscription to a set of sensor grains for one caller (a gRPC stream, the viewer's event
/// stream): an observer the grains call after each stored batch, renewed before it expires, and
/// removed when the caller goes. A caller too slow to read loses the oldest updates, never the silo's memory.
/// </summary>
public sealed class SensorSubscription : ISensorObserver, IAsyncDisposable
{
    private static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    private readonly Channel<SensorUpdate> _updates = Channel.CreateBounded<SensorUpdate>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly IGrainFactory _grains;
    private readonly IReadOnlyList<string> _sensorIds;
    private readonly CancellationTokenSource _stop = new();
    private ISensorObserver? _reference;
    private Task _renewal = Task.CompletedTask;

    private SensorSubscription(IGrainFactory grains, IReadOnlyList<string> sensorIds)
    {
        _grains = grains;
        _sensorIds = sensorIds;
    }

    public IReadOnlyList<string> SensorIds => _sensorIds;

    public ChannelReader<SensorUpdate> Updates => _updates.Reader;

    public static async Task<SensorSubscription> StartAsync(IGrainFactory grains, IReadOnlyList<string> sensorIds, TimeProvider time)
    {
        var subscription = new SensorSubscription(grains, sensorIds);
        subscription._reference = grains.CreateObjectReference<ISensorObserver>(subscription);
        await subscription.SubscribeAllAsync();
        subscription._renewal = subscription.RenewAsync(time);
        return subscription;
    }

    public void Updated(SensorUpdate update) => _updates.Writer.TryWrite(update);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewal;
        if (_reference is not null)
        {
            await Task.WhenAll(_sensorIds.Select(id => _grains.GetGrain<ISensorGrain>(id).UnsubscribeAsync(_reference)));
            _grains.DeleteObjectReference<ISensorObserver>(_reference);
        }

        _stop.Dispose();
    }

    private Task SubscribeAllAsync() =>
        Task.WhenAll(_sensorIds.Select(id => _grains.GetGrain<ISensorGrain>(id).SubscribeAsync(_reference!)));

    private async Task RenewAsync(TimeProvider time)
    {
        try
        {
            while (true)
            {
                await Task.Delay(RenewEvery, time, _stop.Token);
                await SubscribeAllAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The caller went away.
        }
    }
}
