using System.Security.Cryptography;
using System.Text;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Server.Caching;

/// <summary>
/// Cache keys for suggestion responses: the index generation plus an HMAC-SHA256, under a key random to this process,
/// of every request field that changes the answer, so the note itself is never a key (keys can surface in memory
/// dumps and diagnostics), and a key cannot be recomputed from a guessed note outside the process.
/// The text is taken exactly as sent: evidence offsets point into it.
/// </summary>
internal sealed class SuggestionCacheKeys
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string For(string generation, SuggestionRequest request)
    {
        var fields = string.Join('\u001f',
            string.Join(',', request.Systems.Distinct().Order()),
            request.MaxResults,
            request.DateOfService?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            request.MinScore?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            request.IncludeExcluded,
            request.Text);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(fields));
        return $"suggest\u001f{generation}\u001f{Convert.ToBase64String(mac)}";
    }
}
