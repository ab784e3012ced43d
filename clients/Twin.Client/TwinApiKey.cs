using System.Security.Cryptography;
using System.Text;

namespace Twin.Client;

/// <summary>
/// Partner API keys as a Twin server expects them: 256 random bits as <c>twin_</c> + base64url; the
/// server's key file holds only the SHA-256 of the key (64 hex digits), so the key itself is shown once.
/// </summary>
public static class TwinApiKey
{
    /// <summary>A fresh key from the operating system's random generator.</summary>
    public static string New() =>
        "twin_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The SHA-256 of the key's UTF-8 text, lower-case hex: the Sha256 of a key in the server's key file.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
