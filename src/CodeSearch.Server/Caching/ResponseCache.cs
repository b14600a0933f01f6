using System.Diagnostics.Metrics;
using CodeSearch.Server.Options;
using Google.Protobuf;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Caching;

/// <summary>
/// Cache of finished responses for hot GetCode and SearchCodes calls, bounded in bytes
/// (<see cref="CacheOptions.SizeLimitBytes"/>): each entry is charged <see cref="EstimateBytes"/>. Keys are the
/// normalised request plus the index generation, so a new generation never serves an old answer. Hits and misses are counted per
/// operation (meter "CodeSearch", instruments codesearch.cache.hits / codesearch.cache.misses) and readable here; the
/// gauges codesearch.cache.entries and codesearch.cache.size give what it holds.
/// Cached messages are shared between calls and must not be changed after they are stored.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    public const string MeterName = "CodeSearch";

    private readonly MemoryCache? _cache;
    private readonly SecondSight? _secondSight;
    private readonly TimeSpan _expiration;
    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private long _hitCount;
    private long _missCount;

    public ResponseCache(IOptions<CacheOptions> options, IMeterFactory meterFactory, TimeProvider timeProvider)
    {
        var settings = options.Value;
        if (settings.Enabled)
        {
            _cache = new MemoryCache(new MemoryCacheOptions { TrackStatistics = true, SizeLimit = settings.SizeLimitBytes, Clock = new TimeProviderClock(timeProvider) });
            if (settings.SearchSecondSightSlots > 0) _secondSight = new SecondSight(settings.SearchSecondSightSlots);
        }
        _expiration = TimeSpan.FromSeconds(settings.ExpirationSeconds);
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("codesearch.cache.hits", description: "Responses answered from the cache");
        _misses = meter.CreateCounter<long>("codesearch.cache.misses", description: "Responses computed and cached");
        meter.CreateObservableGauge("codesearch.cache.entries", () => Usage().Entries, description: "Responses held in the cache");
        meter.CreateObservableGauge("codesearch.cache.size", () => Usage().Bytes, unit: "By",
            description: "Estimated memory of the cached responses (CodeSearch:Cache:SizeLimitBytes bounds it)");
    }

    public long Hits => Interlocked.Read(ref _hitCount);
    public long Misses => Interlocked.Read(ref _missCount);

    /// <summary>
    /// Returns the cached response for the key, or computes, stores and returns it. Exceptions are not cached.
    /// A new entry keeps only the response's protobuf bytes (about a fifth of the message objects' heap): most entries
    /// of a varied load, such as uncached searches, are never asked for again. The first hit parses the bytes once and
    /// keeps the message beside them (charged again at <see cref="EstimateBytes"/>), so hot answers are served
    /// without parsing; either way the bytes are written out as they are (<see cref="SerializedResponses"/>).
    /// With <paramref name="admitOnSecondSight"/> (SearchCodes) and <see cref="CacheOptions.SearchSecondSightSlots"/>
    /// above 0, an answer is stored only when its key was computed recently before (<see cref="SecondSight"/>): an
    /// answer asked for once takes no room, a repeated one is stored at its second computation and served from the
    /// third call on.
    /// </summary>
    public T GetOrCreate<T>(string operation, string key, Func<T> compute, bool admitOnSecondSight = false) where T : class, IMessage<T>, new()
    {
        if (_cache is null) return compute();
        if (_cache.TryGetValue(key, out Entry? entry) && entry is not null)
        {
            Interlocked.Increment(ref _hitCount);
            _hits.Add(1, new KeyValuePair<string, object?>("operation", operation));
            if (entry.Message is T kept) return kept;
            var parsed = Parsers<T>.Parser.ParseFrom(entry.Bytes);
            SerializedResponses.Attach(parsed, entry.Bytes);
            _cache.Set(key, new Entry(entry.Bytes, parsed), Options(EstimateSerialized(key, entry.Bytes.Length, withMessage: true)));
            return parsed;
        }
        var value = compute();
        Interlocked.Increment(ref _missCount);
        _misses.Add(1, new KeyValuePair<string, object?>("operation", operation));
        if (admitOnSecondSight && _secondSight is not null && !_secondSight.SeenBefore(key)) return value;
        var bytes = SerializedResponses.Keep(value);
        _cache.Set(key, new Entry(bytes, null), Options(EstimateSerialized(key, bytes.Length, withMessage: false)));
        return value;
    }

    private MemoryCacheEntryOptions Options(long size) => new() { Size = size, SlidingExpiration = _expiration };

    /// <summary>A cached answer: its protobuf bytes, and the parsed message once it has been asked for again.</summary>
    private sealed record Entry(byte[] Bytes, object? Message);

    private static class Parsers<T> where T : class, IMessage<T>, new()
    {
        public static readonly MessageParser<T> Parser = new(() => new T());
    }

    /// <summary>
    /// What an entry holds in memory once it has been hit, estimated: the message objects take about
    /// <see cref="BytesPerSerializedByte"/> times their protobuf size (object headers, one object per nested message,
    /// UTF-16 strings), plus the kept bytes, the key and the cache's own entry. Measured on the full data (load
    /// harness, GetCode and uncached search pages): 3,044 entries held 34.5 MB of heap, 11 KB each; this estimate
    /// gives 10-15 % more, so the budget errs on the safe side. An entry never hit again holds only the bytes
    /// (<see cref="EstimateStored"/>).
    /// </summary>
    internal static long EstimateBytes(string key, IMessage value) => EstimateSerialized(key, value.CalculateSize(), withMessage: true);

    /// <summary>What a new entry (the bytes without the message) is charged.</summary>
    internal static long EstimateStored(string key, IMessage value) => EstimateSerialized(key, value.CalculateSize(), withMessage: false);

    private static long EstimateSerialized(string key, int serializedBytes, bool withMessage) =>
        EntryOverheadBytes + 2L * key.Length + ((withMessage ? BytesPerSerializedByte : 0) + KeptBytesPerSerializedByte) * (long)serializedBytes;

    /// <summary>The kept serialized copy (<see cref="SerializedResponses"/>): one byte per protobuf byte.</summary>
    internal const int KeptBytesPerSerializedByte = 1;

    internal const int BytesPerSerializedByte = 4;
    internal const int EntryOverheadBytes = 256;

    /// <summary>Entries and their estimated bytes (<see cref="EstimateBytes"/>) now.</summary>
    public (long Entries, long Bytes) Usage()
    {
        var statistics = _cache?.GetCurrentStatistics();
        return (statistics?.CurrentEntryCount ?? 0, statistics?.CurrentEstimatedSize ?? 0);
    }

    /// <summary>Drops every entry: after a reload, entries of the old generation are never asked for again.</summary>
    public void Clear() => _cache?.Clear();

    public void Dispose() => _cache?.Dispose();

#pragma warning disable CS0618 // ISystemClock is what MemoryCacheOptions takes.
    private sealed class TimeProviderClock(TimeProvider timeProvider) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
    }
#pragma warning restore CS0618
}
