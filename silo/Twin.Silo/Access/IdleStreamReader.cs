using Grpc.Core;

namespace Twin.Silo.Access;

/// <summary>
/// A client stream that must send something at least every <c>timeout</c>: a stream left open and
/// silent (a crashed sensor gateway, a partner that forgot to complete) ends with DEADLINE_EXCEEDED
/// instead of holding a connection and a grain call for ever.
/// </summary>
public sealed class IdleStreamReader<T>(IAsyncStreamReader<T> inner, TimeSpan timeout, Action<T> onMessage) : IAsyncStreamReader<T>
    where T : class
{
    public T Current => inner.Current;

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        try
        {
            // WaitAsync rather than only a cancelled token: the read is given up even if the reader ignores its token.
            var more = await inner.MoveNext(cancellationToken).WaitAsync(timeout, cancellationToken);
            if (more)
            {
                onMessage(inner.Current);
            }

            return more;
        }
        catch (TimeoutException)
        {
            throw new RpcException(new Status(StatusCode.DeadlineExceeded,
                $"the stream sent nothing for {timeout.TotalSeconds:0.#} s (Twin:Access:IdleStreamTimeout); send messages or complete the stream"));
        }
    }
}
