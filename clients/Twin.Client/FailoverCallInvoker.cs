using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;

namespace Twin.Client;

/// <summary>
/// Sends calls to one silo of a Twin cluster and moves to the next silo when that one is unreachable.
/// A unary call that fails with <see cref="StatusCode.Unavailable"/> (the silo is down, or the cluster
/// is still noticing that another silo went down) is tried again on the next address, with a short pause
/// after each round over all addresses, until <see cref="FailoverWindow"/> has passed. A streaming call
/// is not repeated (the caller knows what it already sent), but its failure moves the next call on.
/// </summary>
public sealed class FailoverCallInvoker : CallInvoker, IDisposable
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(1);

    private readonly GrpcChannel[] _channels;
    private int _current;

    public FailoverCallInvoker(IReadOnlyList<string> addresses, GrpcChannelOptions options, TimeSpan failoverWindow)
    {
        if (addresses.Count == 0)
        {
            throw new ArgumentException("give at least one server address", nameof(addresses));
        }

        _channels = [.. addresses.Select(address => GrpcChannel.ForAddress(address, options))];
        FailoverWindow = failoverWindow;
    }

    /// <summary>How long a unary call keeps trying other silos before it gives up with Unavailable.</summary>
    public TimeSpan FailoverWindow { get; }

    /// <summary>The address calls go to now.</summary>
    public string CurrentAddress => _channels[Volatile.Read(ref _current)].Target;

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        AsyncUnaryCall(method, host, options, request).ResponseAsync.GetAwaiter().GetResult();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var headers = new TaskCompletionSource<Metadata>(TaskCreationOptions.RunContinuationsAsynchronously);
        var response = UnaryAsync(method, host, options, request, headers);
        return new AsyncUnaryCall<TResponse>(response, headers.Task, () => Status.DefaultSuccess, () => [], () => { });
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var index = Volatile.Read(ref _current);
        var call = _channels[index].CreateCallInvoker().AsyncServerStreamingCall(method, host, options, request);
        return new AsyncServerStreamingCall<TResponse>(
            new WatchedReader<TResponse>(call.ResponseStream, () => MoveOn(index)), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var index = Volatile.Read(ref _current);
        var call = _channels[index].CreateCallInvoker().AsyncClientStreamingCall(method, host, options);
        return new AsyncClientStreamingCall<TRequest, TResponse>(
            call.RequestStream, Watch(call.ResponseAsync, index), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var index = Volatile.Read(ref _current);
        var call = _channels[index].CreateCallInvoker().AsyncDuplexStreamingCall(method, host, options);
        return new AsyncDuplexStreamingCall<TRequest, TResponse>(
            call.RequestStream, new WatchedReader<TResponse>(call.ResponseStream, () => MoveOn(index)), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public void Dispose()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
    }

    private async Task<TResponse> UnaryAsync<TRequest, TResponse>(
        Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request, TaskCompletionSource<Metadata> headers)
        where TRequest : class
        where TResponse : class
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var index = Volatile.Read(ref _current);
            using var call = _channels[index].CreateCallInvoker().AsyncUnaryCall(method, host, options, request);
            try
            {
                var response = await call.ResponseAsync.ConfigureAwait(false);
                headers.TrySetResult(await call.ResponseHeadersAsync.ConfigureAwait(false));
                return response;
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.Unavailable && clock.Elapsed < FailoverWindow && !options.CancellationToken.IsCancellationRequested)
            {
                MoveOn(index);
                if (attempt % _channels.Length == 0)
                {
                    await Task.Delay(Pause(attempt / _channels.Length), options.CancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception exception)
            {
                headers.TrySetException(exception);
                throw;
            }
        }
    }

    private async Task<TResponse> Watch<TResponse>(Task<TResponse> response, int index)
    {
        try
        {
            return await response.ConfigureAwait(false);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unavailable)
        {
            MoveOn(index);
            throw;
        }
    }

    /// <summary>Moves to the address after the one that failed, unless another call has moved on already.</summary>
    private void MoveOn(int failed) => Interlocked.CompareExchange(ref _current, (failed + 1) % _channels.Length, failed);

    private static TimeSpan Pause(int round) => TimeSpan.FromMilliseconds(Math.Min(MaxPause.TotalMilliseconds, 100 * round));

    private sealed class WatchedReader<T>(IAsyncStreamReader<T> inner, Action onUnavailable) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            try
            {
                return await inner.MoveNext(cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.Unavailable)
            {
                onUnavailable();
                throw;
            }
        }
    }
}
