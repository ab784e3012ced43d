using System.Collections.Frozen;

namespace Twin.Silo.Access;

/// <summary>Every key hash the silo knows, with its partner; built whole from settings and the key file, never changed after.</summary>
public sealed class KeyTable
{
    private readonly FrozenDictionary<string, (string PartnerId, PartnerSettings Partner, PartnerKeySettings Key)> _byHash;

    private KeyTable(FrozenDictionary<string, (string, PartnerSettings, PartnerKeySettings)> byHash, IReadOnlyList<string> problems, int partners)
    {
        _byHash = byHash;
        Problems = problems;
        PartnerCount = partners;
    }

    /// <summary>What is wrong with the partners as given: an unknown scope, a hash that is not 64 hex digits, a hash used twice.</summary>
    public IReadOnlyList<string> Problems { get; }

    public int PartnerCount { get; }

    public int KeyCount => _byHash.Count;

    public static KeyTable Empty { get; } = Build(new Dictionary<string, PartnerSettings>());

    public static KeyTable Build(IReadOnlyDictionary<string, PartnerSettings> partners)
    {
        var byHash = new Dictionary<string, (string, PartnerSettings, PartnerKeySettings)>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (id, partner) in partners)
        {
            foreach (var scope in partner.Scopes.Where(s => !Scopes.IsKnown(s)))
            {
                problems.Add($"partner '{id}': unknown scope '{scope}' (known: {string.Join(", ", Scopes.All)})");
            }

            foreach (var key in partner.Keys)
            {
                if (!ApiKeys.IsHash(key.Sha256))
                {
                    problems.Add($"partner '{id}', key '{key.Id}': Sha256 must be 64 hex digits (the SHA-256 of the key, never the key itself)");
                }
                else if (!byHash.TryAdd(key.Sha256.ToLowerInvariant(), (id, partner, key)))
                {
                    problems.Add($"partner '{id}', key '{key.Id}': the same key hash is given twice");
                }
            }
        }

        return new KeyTable(byHash.ToFrozenDictionary(StringComparer.Ordinal), problems, partners.Count);
    }

    /// <summary>The partner of a key, or why the key is refused.</summary>
    public KeyCheck Check(string key, DateTimeOffset now, RateLimitSettings defaultLimit)
    {
        if (!_byHash.TryGetValue(ApiKeys.Hash(key), out var found))
        {
            return KeyCheck.Refused("the API key is not known (a key is shown once when issued; ask the municipality for a new one)");
        }

        var (partnerId, partner, entry) = found;
        if (entry.Revoked)
        {
            return KeyCheck.Refused($"API key '{entry.Id}' of partner '{partnerId}' was revoked");
        }

        if (entry.Expires is { } expires && expires <= now)
        {
            return KeyCheck.Refused($"API key '{entry.Id}' of partner '{partnerId}' expired at {expires:u}");
        }

        var scopes = partner.Scopes.Where(Scopes.IsKnown).ToFrozenSet(StringComparer.Ordinal);
        var name = string.IsNullOrWhiteSpace(partner.Name) ? partnerId : partner.Name;
        return KeyCheck.Accepted(new Partner(partnerId, name, entry.Id, scopes, partner.RateLimit ?? defaultLimit));
    }
}
