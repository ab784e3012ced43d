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
/// models' importers, writes the accepted entities as one journaled import (all or nothing, also across
/// a crash of the silo), and reports progress and every rejected feature. A file that cannot be read changes nothing.
/// </summary>
public sealed class ImportSession(CityImports imports, TimeProvider time, IOptions<TwinOptions> options, ILogger<ImportSession> logger)
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
        using var activity = TwinTelemetry.Source.StartActivity("twin.import");
        activity?.SetTag("twin.import.file", upload.FileName);
        activity?.SetTag("twin.import.entities", entities.Count);
        var progress = new Progress<CityWriteProgress>(p => events.TryWrite(p.TilesTotal == 0
            ? Progress(ImportStage.Writing, p.EntitiesDone, p.EntitiesTotal)
            : Progress(ImportStage.Indexing, p.TilesDone, p.TilesTotal)));
        // A journaled import: once begun it is applied to the end, even if this silo dies on the way (then rolled forward).
        var written = await imports.ImportAsync(options.Value.Dataset, Guid.NewGuid().ToString("N"), entities, upload.FileName, progress, cancellationToken)
            ?? throw new InvalidOperationException("a fresh import id was already in the journal");
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
