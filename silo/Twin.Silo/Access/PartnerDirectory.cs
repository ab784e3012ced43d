using Microsoft.Extensions.Options;

namespace Twin.Silo.Access;

/// <summary>
/// The partners and their keys: Twin:Access:Partners and the key file. The key file is looked at
/// again at most once a second (its time and size), so adding, rotating or revoking a key takes
/// effect within a second, without a restart. A key file that cannot be read keeps the last good keys.
/// </summary>
public sealed class PartnerDirectory
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly IOptionsMonitor<AccessSettings> _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<PartnerDirectory> _logger;
    private readonly Lock _lock = new();
    private KeyTable _table = KeyTable.Empty;
    private (DateTime Written, long Length)? _fileStamp;
    private long _nextCheck;
    private volatile bool _settingsChanged = true;

    public PartnerDirectory(IOptionsMonitor<AccessSettings> settings, TimeProvider time, ILogger<PartnerDirectory> logger)
    {
        _settings = settings;
        _time = time;
        _logger = logger;
        settings.OnChange(_ => _settingsChanged = true);
    }

    public AccessSettings Settings => _settings.CurrentValue;

    /// <summary>Reads settings and key file now; the problems found (empty when all is well). Used at start, where problems stop the silo.</summary>
    public IReadOnlyList<string> Load()
    {
        lock (_lock)
        {
            var (table, problems) = Read();
            if (problems.Count == 0)
            {
                _table = table;
            }

            _nextCheck = _time.GetTimestamp() + (long)(CheckInterval.TotalSeconds * _time.TimestampFrequency);
            return problems;
        }
    }

    /// <summary>The partner of a key, or why it is refused.</summary>
    public KeyCheck Check(string key)
    {
        RefreshIfDue();
        return Volatile.Read(ref _table).Check(key, _time.GetUtcNow(), Settings.RateLimit);
    }

    public KeyTable Current
    {
        get
        {
            RefreshIfDue();
            return Volatile.Read(ref _table);
        }
    }

    private void RefreshIfDue()
    {
        var now = _time.GetTimestamp();
        if (now < Volatile.Read(ref _nextCheck) || !_lock.TryEnter())
        {
            return;
        }

        try
        {
            _nextCheck = now + (long)(CheckInterval.TotalSeconds * _time.TimestampFrequency);
            if (!_settingsChanged && Stamp(Settings.KeyFile) == _fileStamp)
            {
                return;
            }

            var (table, problems) = Read();
            if (problems.Count > 0)
            {
                AccessLog.KeysNotReloaded(_logger, string.Join("; ", problems));
                return;
            }

            _table = table;
            AccessLog.KeysReloaded(_logger, table.PartnerCount, table.KeyCount);
        }
        finally
        {
            _lock.Exit();
        }
    }

    private (KeyTable Table, List<string> Problems) Read()
    {
        var settings = Settings;
        _settingsChanged = false;
        var partners = new Dictionary<string, PartnerSettings>(settings.Partners, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(settings.KeyFile))
        {
            _fileStamp = Stamp(settings.KeyFile);
            try
            {
                foreach (var (id, partner) in KeyFile.Read(settings.KeyFile))
                {
                    partners[id] = partner;
                }
            }
            catch (Exception failed) when (failed is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
            {
                problems.Add($"key file '{settings.KeyFile}': {failed.Message}");
            }
        }

        var table = KeyTable.Build(partners);
        problems.AddRange(table.Problems);
        return (table, problems);
    }

    private static (DateTime, long)? Stamp(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var file = new FileInfo(path);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : null;
    }
}
