using Grpc.Core;
using Twin.Benchmarks.Greeter;

namespace Twin.Benchmarks;

/// <summary>The bare gRPC service grpc-load compares Twin with: answers at once, no auth, no grains.</summary>
public sealed class GreeterService : Greeter.Greeter.GreeterBase
{
    public override Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context) =>
        Task.FromResult(new HelloReply { Message = "Hallo " + request.Name });
}
