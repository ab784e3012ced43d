using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Twin.Api.V1;

namespace Twin.Client;

/// <summary>
/// A connection to a Twin server's gRPC API (twin.v1). Use <see cref="City"/> for the generated
/// client, or the helpers here for file imports and area queries.
/// </summary>
public sealed class TwinClient : IDisposable
{
    /// <summary>The address a local silo listens on by default (orleans.json, Twin:GrpcPort).</summary>
    public const string DefaultAddress = "http://127.0.0.1:5081";

    /// <summary>The size of the pieces a file is uploaded in.</summary>
    public const int ChunkBytes = 1024 * 1024;

    private static readonly string[] ShapefileCompanions = [".dbf", ".shx", ".prj", ".cpg"];

    private readonly IDisposable _connection;

    /// <summary>The environment variable the CLI and the tools read a partner's API key from.</summary>
    public const string ApiKeyVariable = "TWIN_API_KEY";

    private TwinClient(CallInvoker invoker, IDisposable connection, string? apiKey)
    {
        _connection = connection;
        var calls = string.IsNullOrEmpty(apiKey)
            ? invoker
            : invoker.Intercept(metadata =>
            {
                metadata.Add("authorization", "ApiKey " + apiKey);
                return metadata;
            });
        City = new CityService.CityServiceClient(calls);
        Tiles = new TileService.TileServiceClient(calls);
        Scenarios = new ScenarioService.ScenarioServiceClient(calls);
        Sensors = new SensorService.SensorServiceClient(calls);
    }

    /// <summary>How long a call keeps trying the other silos of a cluster by default: long enough for a cluster to notice a dead silo.</summary>
    public static TimeSpan DefaultFailoverWindow { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The generated client of the city service.</summary>
    public CityService.CityServiceClient City { get; }

    /// <summary>The generated client of the tile service: 3D Tiles content and change events.</summary>
    public TileService.TileServiceClient Tiles { get; }

    /// <summary>The generated client of the scenario service: create, edit, run and compare planning scenarios.</summary>
    public ScenarioService.ScenarioServiceClient Scenarios { get; }

    /// <summary>The generated client of the sensor service: register, ingest, series, live subscriptions, calibration, zones.</summary>
    public SensorService.SensorServiceClient Sensors { get; }

    /// <summary>Connects to a server, for example <c>http://127.0.0.1:5081</c>. No call is made until the first request.</summary>
    public static TwinClient Connect(string address) => Connect(address, apiKey: null);

    /// <summary>
    /// Connects with a partner's API key, sent with every call as <c>authorization: ApiKey &lt;key&gt;</c>
    /// (the server answers UNAUTHENTICATED without one, PERMISSION_DENIED when the key lacks the call's scope).
    /// Use an <c>https://</c> address when the server has TLS.
    /// </summary>
    public static TwinClient Connect(string address, string? apiKey) => Connect(GrpcChannel.ForAddress(address, ChannelOptions()), apiKey);

    /// <summary>Uses a channel made by the caller (for example with a handler that trusts a private certificate); the client disposes it.</summary>
    public static TwinClient Connect(GrpcChannel channel, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new TwinClient(channel.CreateCallInvoker(), channel, apiKey);
    }

    /// <summary>
    /// Connects to a cluster of Twin silos, for example <c>["http://10.0.0.1:5081", "http://10.0.0.2:5081"]</c>.
    /// Calls go to the first silo that answers; when it goes down, unary calls move to the next silo and are
    /// repeated there within <paramref name="failoverWindow"/> (default <see cref="DefaultFailoverWindow"/>).
    /// A streaming call that fails with Unavailable is not repeated: open it again and it goes to the next silo.
    /// </summary>
    public static TwinClient Connect(IReadOnlyList<string> addresses, TimeSpan? failoverWindow = null, string? apiKey = null)
    {
        var invoker = new FailoverCallInvoker(addresses, ChannelOptions(), failoverWindow ?? DefaultFailoverWindow);
        return new TwinClient(invoker, invoker, apiKey);
    }

    /// <summary>Every entity the server returns for an area query, as it streams in.</summary>
    public async IAsyncEnumerable<Entity> QueryAreaAsync(QueryAreaRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var call = City.QueryArea(request, cancellationToken: cancellationToken);
        await foreach (var entity in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            yield return entity;
        }
    }

    /// <summary>
    /// Uploads a file and imports it, reporting progress. A Shapefile travels with its .dbf, .shx, .prj
    /// and .cpg. Returns the server's summary, with every rejected feature and why.
    /// </summary>
    public async Task<ImportSummary> ImportFileAsync(
        string path, ImportHeader header, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = FilesToSend(path);
        header.FileName = Path.GetFileName(path);
        header.TotalBytes = files.Sum(f => new FileInfo(f).Length);
        using var call = City.Import(cancellationToken: cancellationToken);
        var receiving = ReceiveSummaryAsync(call.ResponseStream, progress, cancellationToken);
        try
        {
            await SendAsync(call.RequestStream, header, files, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The server ended the call (a limit, a bad header): its status says why, so surface that.
            await receiving;
            throw;
        }

        return await receiving;
    }

    public void Dispose() => _connection.Dispose();

    private static GrpcChannelOptions ChannelOptions() => new() { MaxReceiveMessageSize = 64 * 1024 * 1024 };

    private static async Task SendAsync(IClientStreamWriter<ImportRequest> requests, ImportHeader header, List<string> files, CancellationToken cancellationToken)
    {
        await requests.WriteAsync(new ImportRequest { Header = header }, cancellationToken);
        var buffer = new byte[ChunkBytes];
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                var chunk = new ImportChunk { FileName = Path.GetFileName(file), Data = ByteString.CopyFrom(buffer, 0, read) };
                await requests.WriteAsync(new ImportRequest { Chunk = chunk }, cancellationToken);
            }
        }

        await requests.CompleteAsync();
    }

    private static List<string> FilesToSend(string path)
    {
        var files = new List<string> { path };
        if (string.Equals(Path.GetExtension(path), ".shp", StringComparison.OrdinalIgnoreCase))
        {
            files.AddRange(ShapefileCompanions
                .Select(extension => Path.ChangeExtension(path, extension))
                .Where(File.Exists));
        }

        return files;
    }

    private static async Task<ImportSummary> ReceiveSummaryAsync(
        IAsyncStreamReader<ImportEvent> events, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await foreach (var message in events.ReadAllAsync(cancellationToken))
        {
            if (message.EventCase == ImportEvent.EventOneofCase.Summary)
            {
                return message.Summary;
            }

            progress?.Report(message.Progress);
        }

        throw new RpcException(new Status(StatusCode.Internal, "the server ended the import without a summary"));
    }
}
