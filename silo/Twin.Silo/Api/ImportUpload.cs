using System.Threading.Channels;
using Grpc.Core;
using Twin.Api.V1;
using Twin.Models.Import;

namespace Twin.Silo.Api;

/// <summary>
/// The files of one import as received: a header, then chunks named by plain file names (never
/// paths), written into a private folder, within the size limit.
/// </summary>
public sealed class ImportUpload
{
    private const int MaxFileNameLength = 255;

    private ImportUpload(ImportHeader header, string folder)
    {
        Header = header;
        FileName = header.FileName;
        MainFile = Path.Combine(folder, header.FileName);
    }

    public ImportHeader Header { get; }

    public string FileName { get; }

    public string MainFile { get; }

    public static async Task<ImportUpload> ReceiveAsync(
        IAsyncStreamReader<ImportRequest> requests, string folder, long maxBytes, ChannelWriter<ImportEvent> events, CancellationToken cancellationToken)
    {
        if (!await requests.MoveNext(cancellationToken) || requests.Current.PartCase != ImportRequest.PartOneofCase.Header)
        {
            throw RequestReader.Invalid("the first message of an import must be an ImportHeader");
        }

        var header = requests.Current.Header;
        CheckFileName(header.FileName, "header.file_name");
        var upload = new ImportUpload(header, folder);
        var received = 0L;
        var open = new Dictionary<string, FileStream>(StringComparer.Ordinal);
        try
        {
            while (await requests.MoveNext(cancellationToken))
            {
                var chunk = requests.Current.PartCase == ImportRequest.PartOneofCase.Chunk
                    ? requests.Current.Chunk
                    : throw RequestReader.Invalid("only one ImportHeader may be sent, before the chunks");
                CheckFileName(chunk.FileName, "chunk.file_name");
                received += chunk.Data.Length;
                if (received > maxBytes)
                {
                    throw new RpcException(new Status(StatusCode.ResourceExhausted, $"the upload exceeds the limit of {maxBytes:N0} bytes (Twin:Import:MaxUploadBytes)"));
                }

                if (!open.TryGetValue(chunk.FileName, out var stream))
                {
                    stream = new FileStream(Path.Combine(folder, chunk.FileName), FileMode.CreateNew, FileAccess.Write);
                    open[chunk.FileName] = stream;
                }

                chunk.Data.WriteTo(stream);
                events.TryWrite(ImportSession.Progress(ImportStage.Uploading, received, header.TotalBytes));
            }
        }
        finally
        {
            foreach (var stream in open.Values)
            {
                await stream.DisposeAsync();
            }
        }

        return File.Exists(upload.MainFile)
            ? upload
            : throw RequestReader.Invalid($"no bytes were sent for {header.FileName}, the file named in the header");
    }

    public ImportOptions ToOptions(int referenceYear) => new()
    {
        Format = Header.Format == Twin.Api.V1.ImportFormat.Unspecified ? null : (Twin.Models.Import.ImportFormat)Header.Format,
        Crs = string.IsNullOrWhiteSpace(Header.Crs) ? null : Header.Crs,
        Kind = Header.Kind == EntityKind.Unspecified ? null : RequestReader.Kind(Header.Kind, "header.kind"),
        IdField = string.IsNullOrWhiteSpace(Header.IdField) ? null : Header.IdField,
        ReferenceYear = referenceYear,
    };

    private static void CheckFileName(string name, string field)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxFileNameLength || name != Path.GetFileName(name)
            || name is "." or ".." || name.Contains('/') || name.Contains('\\') || name.Any(char.IsControl))
        {
            throw RequestReader.Invalid($"{field} must be a plain file name of at most {MaxFileNameLength} characters, without directories; got '{name}'");
        }
    }
}
