using System.Text.Json;
using Twin.Client;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// A silo in Keys mode, as in production: partners with different scopes in a key file the tests
/// may rewrite (rotation), a small rate limit for one partner, a short idle-stream timeout and an
/// audit log file. No demo: these tests need an answering silo, not a city.
/// </summary>
public sealed class AccessSiloFixture : IAsyncLifetime
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(2);

    private readonly TemporaryFolder _folder = new();
    private readonly Lock _lock = new();
    private SiloProcess? _silo;

    /// <summary>Partner id -> (scopes, keys with their revoked flag, permits per second).</summary>
    private readonly Dictionary<string, (string[] Scopes, List<(string Key, bool Revoked)> Keys, int PermitsPerSecond)> _partners = new(StringComparer.Ordinal)
    {
        ["reader"] = (["read"], [(TwinApiKey.New(), false)], 1000),
        ["planner"] = (["read", "plan"], [(TwinApiKey.New(), false)], 1000),
        ["sensors"] = (["ingest"], [(TwinApiKey.New(), false)], 1000),
        ["operator"] = (["admin"], [(TwinApiKey.New(), false)], 1000),
        ["flood"] = (["read"], [(TwinApiKey.New(), false)], 5),
        ["steady"] = (["read"], [(TwinApiKey.New(), false)], 1000),
        ["former"] = (["read", "plan"], [(TwinApiKey.New(), true)], 1000),
    };

    public SiloProcess Silo => _silo ?? throw new InvalidOperationException("not started");

    public string KeyFile => Path.Combine(_folder.Path, "partners.json");

    public string AuditFile => Path.Combine(_folder.Path, "audit", "twin-audit.jsonl");

    /// <summary>The first key of a partner.</summary>
    public string Key(string partner) => _partners[partner].Keys[0].Key;

    public TwinClient Connect(string? partner) => TwinClient.Connect(Silo.GrpcAddress, partner is null ? null : Key(partner));

    public HttpClient Http(string? partner = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(Silo.HttpAddress) };
        if (partner is not null)
        {
            http.DefaultRequestHeaders.Add("x-api-key", Key(partner));
        }

        return http;
    }

    /// <summary>Sets a partner's keys (the others stay) and rewrites the key file, as an operator would.</summary>
    public void SetKeys(string partner, string[] scopes, params (string Key, bool Revoked)[] keys)
    {
        lock (_lock)
        {
            _partners[partner] = (scopes, [.. keys], 1000);
            WriteKeyFile();
        }
    }

    /// <summary>The audit log's lines so far, parsed.</summary>
    public List<JsonElement> AuditLines()
    {
        if (!File.Exists(AuditFile))
        {
            return [];
        }

        using var stream = new FileStream(AuditFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    public async ValueTask InitializeAsync()
    {
        WriteKeyFile();
        _silo = await SiloProcess.StartAsync(
            "--Twin:Demo:SeedWhenEmpty=false",
            "--Twin:Demo:SimulatedFeed:Enabled=false",
            "--Twin:Access:Mode=Keys",
            $"--Twin:Access:KeyFile={KeyFile}",
            $"--Twin:Access:AuditLog={AuditFile}",
            $"--Twin:Access:IdleStreamTimeout={IdleTimeout}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        _folder.Dispose();
    }

    private void WriteKeyFile()
    {
        var partners = _partners.ToDictionary(p => p.Key, p => (object)new
        {
            Name = "Test partner " + p.Key,
            Scopes = p.Value.Scopes,
            RateLimit = new { PermitsPerSecond = p.Value.PermitsPerSecond, Burst = p.Value.PermitsPerSecond },
            Keys = p.Value.Keys.Select((k, i) => new { Id = $"{p.Key}-{i + 1}", Sha256 = TwinApiKey.Hash(k.Key), Revoked = k.Revoked }),
        });
        // Write then move, as an operator's editor or deployment does: the silo never reads half a file.
        var temporary = KeyFile + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new { Partners = partners }));
        File.Move(temporary, KeyFile, overwrite: true);
    }
}

[CollectionDefinition(Name)]
public sealed class AccessSiloGroup : ICollectionFixture<AccessSiloFixture>
{
    public const string Name = "access silo";
}
