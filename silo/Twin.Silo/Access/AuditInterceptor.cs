using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Twin.Silo.Access;

/// <summary>
/// Collects the ids a gRPC write call names (from every request message, streamed ones as they
/// arrive) for its audit line, and ends client streams that stay silent longer than
/// Twin:Access:IdleStreamTimeout with DEADLINE_EXCEEDED.
/// </summary>
public sealed class AuditInterceptor(PartnerDirectory partners) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Collect(context, request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Collect(context, request);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(Watch(requestStream, context), context);

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(Watch(requestStream, context), responseStream, context);

    private IdleStreamReader<TRequest> Watch<TRequest>(IAsyncStreamReader<TRequest> requests, ServerCallContext context)
        where TRequest : class =>
        new(requests, partners.Settings.IdleStreamTimeout, message => Collect(context, message));

    private static void Collect<TRequest>(ServerCallContext context, TRequest request)
    {
        var http = context.GetHttpContext();
        if (request is Google.Protobuf.IMessage message && http.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is not null)
        {
            AuditEntities.Of(http).AddFrom(message);
        }
    }
}
