using CodeSearch.Core;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// In-memory view of one release: codes by value, codes sorted for prefix ranges, children in official order.
/// Built once when a generation opens; read-only afterwards, so it is safe to share across threads.
/// </summary>
internal sealed class ReleaseTable
{
    private readonly Dictionary<string, MedicalCode> _byCode;
    private readonly MedicalCode[] _sorted;
    private readonly Dictionary<string, MedicalCode[]> _children;

    public ReleaseTable(CodeSystemId system, IEnumerable<MedicalCode> codes)
    {
        System = system;
        _byCode = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _sorted = _byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        InOrder = _byCode.Values.OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal).ToArray();
        _children = _sorted.Where(c => c.ParentCode is not null)
            .GroupBy(c => c.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Order).ThenBy(c => c.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public CodeSystemId System { get; }

    public int Count => _byCode.Count;

    /// <summary>Every entry in official order.</summary>
    public MedicalCode[] InOrder { get; }

    public MedicalCode? Find(string code) => _byCode.GetValueOrDefault(code);

    public IReadOnlyList<MedicalCode> Children(string code) =>
        _children.TryGetValue(code, out var children) ? children : [];

    /// <summary>Codes starting with <paramref name="prefix"/> (the code itself excluded), in code order.</summary>
    public IEnumerable<MedicalCode> WithPrefix(string prefix)
    {
        var index = LowerBound(prefix);
        for (var i = index; i < _sorted.Length && _sorted[i].Code.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (_sorted[i].Code.Length > prefix.Length) yield return _sorted[i];
        }
    }

    private int LowerBound(string prefix)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_sorted[mid].Code, prefix) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
