using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Twin.Silo.Access;

/// <summary>
/// The audit log of write calls: one JSON line per call in Twin:Access:AuditLog (appended, flushed
/// per line) and the same in the structured log. Lines carry partner, key id, method, entity ids,
/// time (UTC), outcome (gRPC status name or HTTP status) and remote address; never a key.
/// </summary>
public sealed class AuditLog : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly ILogger<AuditLog> _logger;
    private readonly Lock _lock = new();
    private readonly string? _path;
    private StreamWriter? _writer;

    public AuditLog(IOptions<AccessSettings> settings, ILogger<AuditLog> logger)
    {
        _logger = logger;
        _path = string.IsNullOrWhiteSpace(settings.Value.AuditLog) ? null : Path.GetFullPath(settings.Value.AuditLog);
    }

    public void Write(AuditEntry entry)
    {
        var entities = string.Join(",", entry.Entities);
        AccessLog.Audit(_logger, entry.Partner, entry.Method, entities, entry.Outcome);
        if (_path is null)
        {
            return;
        }

        var line = JsonSerializer.Serialize(entry, Json);
        lock (_lock)
        {
            try
            {
                _writer ??= Open(_path);
                _writer.WriteLine(line);
                _writer.Flush();
            }
            catch (IOException failed)
            {
                AccessLog.AuditWriteFailed(_logger, _path, failed);
                _writer?.Dispose();
                _writer = null;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private static StreamWriter Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        return new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
