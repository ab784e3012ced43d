using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Twin.Silo.Access;

/// <summary>
/// API keys: 256 random bits as <c>twin_</c> + base64url, kept by the silo only as their SHA-256.
/// A key travels as <c>authorization: ApiKey &lt;key&gt;</c> or <c>x-api-key: &lt;key&gt;</c>, in HTTP headers and gRPC metadata alike.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "twin_";
    public const string HeaderName = "x-api-key";
    public const string AuthorizationScheme = "ApiKey";

    /// <summary>A fresh key from the operating system's random generator.</summary>
    public static string NewKey() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of the key's UTF-8 text as 64 lower-case hex digits: what a key file stores.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool IsHash(string? text) => text is { Length: 64 } && text.All(Uri.IsHexDigit);

    /// <summary>The key a request carries, or null when it carries none.</summary>
    public static string? FromHeaders(StringValues authorization, StringValues apiKey)
    {
        if (!StringValues.IsNullOrEmpty(apiKey))
        {
            return apiKey.ToString().Trim();
        }

        var header = authorization.ToString();
        foreach (var scheme in new[] { AuthorizationScheme, "Bearer" })
        {
            if (header.StartsWith(scheme + " ", StringComparison.OrdinalIgnoreCase))
            {
                return header[(scheme.Length + 1)..].Trim();
            }
        }

        return null;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
