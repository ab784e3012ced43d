using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Twin.Grains.AzureTable;

/// <summary>
/// Table keys for grain state: one partition per service, state name and grain id, rows "0" (the head) to "n".
/// Azure keys cannot hold / \ # ? or control characters and must stay under 1 KiB.
/// </summary>
internal static class StateRowKeys
{
    public const string Head = "0";

    /// <summary>Encoded keys up to this length are used as they are; longer ones keep a readable prefix and a hash.</summary>
    public const int MaxPlainLength = 256;

    private const int HashedPrefixLength = 180;

    /// <summary>
    /// An injective, Azure-safe partition key. Forbidden characters, '%' itself, and the separators '|' and '~' are
    /// escaped as %XX or %uXXXX, so '|' separates the parts and '~' appears only before a hash.
    /// </summary>
    public static string PartitionKey(string serviceId, string stateName, GrainId grainId)
    {
        var key = $"{Escape(serviceId)}|{Escape(stateName)}|{Escape(grainId.ToString())}";
        if (key.Length <= MaxPlainLength)
        {
            return key;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var cut = HashedPrefixLength;
        if (char.IsHighSurrogate(key[cut - 1]))
        {
            cut--;
        }

        return $"{key[..cut]}~{hash}";
    }

    public static string Row(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pairedSurrogate = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pairedSurrogate)
            {
                escaped.Append(c).Append(value[++i]);
            }
            else if (c is '/' or '\\' or '#' or '?' or '%' or '|' or '~' || char.IsControl(c) || char.IsSurrogate(c))
            {
                escaped.Append(c <= 0xFF ? $"%{(int)c:X2}" : $"%u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
