using System.Threading.Channels;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Twin.Api.V1;
using Twin.Grains.City;
using Twin.Models.Import;
using Twin.Silo.Hosting;

namespace Twin.Silo.Api;

/// <summary>
/// One streaming import: receives the files into a private temporary folder, reads them with the
/// models' importers, writes the accepted entities through the city writer, and reports progress
/// and every rejected feature. A file that cannot be read changes nothing.
/// </summary>
public sealed class ImportSession(CityWriter writer, TimeProvider time, IOptions<TwinOptions> options, ILogger<ImportSession> logger)
{
    public async Task RunAsync(IAsyncStreamReader<ImportRequest> requests, IServerStreamWriter<ImportEvent> responses, CancellationToken cancellationToken)
    {
        var events = Channel.CreateBounded<ImportEvent>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var sending = SendAsync(events.Reader, responses, cancellationToken);
        var folder = Directory.CreateTempSubdirectory("twin-import-");
        try
        {
            var upload = await ImportUpload.ReceiveAsync(requests, folder.FullName, options.Value.Import.MaxUploadBytes, events.Writer, cancellationToken);
            var summary = await ImportAsync(upload, events.Writer, cancellationToken);
            events.Writer.Complete();
            await sending;
            await responses.WriteAsync(new ImportEvent { Summary = summary }, cancellationToken);
        }
        finally
        {
            events.Writer.TryComplete();
            folder.Delete(recursive: true);
        }
    }

    private async Task<ImportSummary> ImportAsync(ImportUpload upload, ChannelWriter<ImportEvent> events, CancellationToken cancellationToken)
    {
        events.TryWrite(Progress(ImportStage.Reading, 0, 1));
        var importOptions = upload.ToOptions(time.GetUtcNow().Year);
        var read = await Task.Run(() => CityImporter.Import(upload.MainFile, importOptions), cancellationToken);
        if (read.FileError is { } error)
        {
            TwinLog.ImportFileRejected(logger, upload.FileName, error);
            throw RequestReader.Invalid($"{upload.FileName}: {error}");
        }

        var entities = read.Entities;
        var progress = new Progress<CityWriteProgress>(p => events.TryWrite(p.TilesTotal == 0
            ? Progress(ImportStage.Writing, p.EntitiesDone, p.EntitiesTotal)
            : Progress(ImportStage.Indexing, p.TilesDone, p.TilesTotal)));
        var written = await writer.WriteAsync(options.Value.Dataset, entities, upload.FileName, progress, cancellationToken);
        TwinLog.ImportCompleted(logger, upload.FileName, written.Created, written.Updated, written.Unchanged, read.Rejections.Length + written.Rejected.Length);
        return ImportMessages.Summary(upload.FileName, read, written);
    }

    private static async Task SendAsync(ChannelReader<ImportEvent> events, IServerStreamWriter<ImportEvent> responses, CancellationToken cancellationToken)
    {
        await foreach (var message in events.ReadAllAsync(cancellationToken))
        {
            await responses.WriteAsync(message, cancellationToken);
        }
    }

    public static ImportEvent Progress(ImportStage stage, long done, long total) =>
        new() { Progress = new ImportProgress { Stage = stage, Done = done, Total = total } };
}
