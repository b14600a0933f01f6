using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using CodeSearch.Core.Search;

namespace CodeSearch.Server.Validation;

/// <summary>
/// Page tokens: the next offset, bound to the query (text, systems, filters, page size) and the index generation by a
/// keyed MAC, so a tampered, foreign or stale token is rejected instead of silently paging something else.
/// The key is random per process unless <c>CodeSearch:PageTokenKey</c> is set (needed behind a load balancer).
/// </summary>
internal sealed class PageTokenCodec(byte[] key)
{
    private const byte Version = 1;
    private const int MacLength = 16;

    public static PageTokenCodec FromConfiguration(string? configuredKey) =>
        new(string.IsNullOrEmpty(configuredKey) ? RandomNumberGenerator.GetBytes(32) : SHA256.HashData(Encoding.UTF8.GetBytes(configuredKey)));

    public string Encode(CodeSearchQuery query, string generation, int nextOffset)
    {
        var payload = new byte[1 + 4 + MacLength];
        payload[0] = Version;
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(1), nextOffset);
        Mac(query, generation, payload.AsSpan(0, 5)).CopyTo(payload.AsSpan(5));
        return Convert.ToBase64String(payload).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public bool TryDecode(string token, CodeSearchQuery query, string generation, out int offset)
    {
        offset = 0;
        if (token.Length > 64) return false;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        var bytes = new byte[48];
        if (!Convert.TryFromBase64String(base64, bytes, out var length) || length != 1 + 4 + MacLength || bytes[0] != Version) return false;
        var expected = Mac(query, generation, bytes.AsSpan(0, 5));
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(5, MacLength))) return false;
        offset = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1));
        return offset > 0;
    }

    private byte[] Mac(CodeSearchQuery query, string generation, ReadOnlySpan<byte> header)
    {
        var bound = $"{generation}\n{query.Text}\n{string.Join(',', query.Systems.Order())}\n{query.BillableOnly}\n{query.Limit}\n{query.DateOfService:yyyy-MM-dd}";
        var data = new byte[header.Length + Encoding.UTF8.GetByteCount(bound)];
        header.CopyTo(data);
        Encoding.UTF8.GetBytes(bound, data.AsSpan(header.Length));
        return HMACSHA256.HashData(key, data).AsSpan(0, MacLength).ToArray();
    }
}
