using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Twin.Client;

namespace Twin.Cli.Commands;

/// <summary>
/// <c>twin keys new</c>: a fresh partner API key (printed once, for the partner) and the entry for the
/// server's key file (its SHA-256 only). Local, no server. <c>twin keys hash</c> prints the hash of a key.
/// </summary>
public static class KeysCommand
{
    private static readonly string[] KnownScopes = ["read", "plan", "ingest", "admin"];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(Func<Func<CliContext, ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> run)
    {
        var partner = new Option<string>("--partner") { Description = "The partner's id in the key file, e.g. amersfoort", Required = true };
        var scopes = new Option<string>("--scopes") { Description = "Comma-separated: read, plan, ingest, admin", DefaultValueFactory = _ => "read" };
        var keyId = new Option<string?>("--key-id") { Description = "A name for the key that is not secret (default: today's date)" };
        var create = new Command("new", "Print a new API key and the key-file entry with its SHA-256 (the key is shown only now)") { partner, scopes, keyId };
        create.SetAction(run((context, result, _) =>
        {
            var chosen = result.GetValue(scopes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (chosen.Length == 0 || chosen.FirstOrDefault(s => !KnownScopes.Contains(s, StringComparer.Ordinal)) is { } unknown)
            {
                throw new UsageException($"--scopes: '{result.GetValue(scopes)}' must list scopes among {string.Join(", ", KnownScopes)}");
            }

            var key = TwinApiKey.New();
            var id = result.GetValue(keyId) ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var entry = new Dictionary<string, object>
            {
                ["Partners"] = new Dictionary<string, object>
                {
                    [result.GetValue(partner)!] = new { Scopes = chosen, Keys = new[] { new { Id = id, Sha256 = TwinApiKey.Hash(key) } } },
                },
            };
            var output = context.Console.Profile.Out.Writer;
            output.WriteLine("key (give it to the partner; it is not stored anywhere):");
            output.WriteLine(key);
            output.WriteLine("key file entry (merge into the server's Twin:Access:KeyFile; takes effect within a second):");
            output.WriteLine(JsonSerializer.Serialize(entry, Indented));
            return Task.FromResult(ExitCodes.Success);
        }));

        var given = new Argument<string>("key") { Description = "The key whose SHA-256 to print" };
        var hash = new Command("hash", "Print the SHA-256 of a key, as the key file stores it") { given };
        hash.SetAction(run((context, result, _) =>
        {
            context.Console.Profile.Out.Writer.WriteLine(TwinApiKey.Hash(result.GetValue(given)!));
            return Task.FromResult(ExitCodes.Success);
        }));
        return new Command("keys", "Partner API keys for the server's key file, made locally") { create, hash };
    }
}
