using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Twin.Silo.Api;

/// <summary>
/// Maps failures that are not already gRPC statuses to codes a partner can act on, in one place:
/// argument errors to InvalidArgument, a silo that is not ready to Unavailable, the rest to Internal
/// with the reason (never a stack trace).
/// </summary>
public sealed class ErrorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (Map(exception) is { } status)
        {
            throw new RpcException(status);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (Map(exception) is { } status)
        {
            throw new RpcException(status);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception exception) when (Map(exception) is { } status)
        {
            throw new RpcException(status);
        }
    }

    private static Status? Map(Exception exception) => exception switch
    {
        RpcException => null,
        OperationCanceledException => null,
        ArgumentException or FormatException => new Status(StatusCode.InvalidArgument, exception.Message),
        SiloUnavailableException or OrleansMessageRejectionException => new Status(StatusCode.Unavailable, "the cluster is not ready: " + exception.Message),
        TimeoutException => new Status(StatusCode.DeadlineExceeded, exception.Message),
        _ => new Status(StatusCode.Internal, exception.GetType().Name + ": " + exception.Message),
    };
}
