using System.Security.Cryptography;
using System.Text;

namespace CodeSearch.Server.Security;

/// <summary>
/// The form an API key is stored in: lower-case hex SHA-256 of its UTF-8 bytes, the same as
/// <c>printf %s "$KEY" | sha256sum</c> prints. Keys are long random strings, so a plain hash is enough: there is
/// nothing to guess from it.
/// </summary>
public static class ApiKeyHash
{
    public static string Sha256Hex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
