using CodeSearch.Core;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// In-memory view of one release: codes by value, codes sorted for prefix ranges, children in official order.
/// Built once when a generation opens; read-only afterwards, so it is safe to share across threads. A code is found by
/// binary search over the codes sorted by value (about 17 comparisons for a release of 100,000 codes) rather than
/// through a hash table, which held 28 bytes a code more for every release of every open generation.
/// </summary>
internal sealed class ReleaseTable
{
    private readonly MedicalCode[] _sorted;
    private readonly Dictionary<string, MedicalCode[]> _children;

    // Built with array sorts and one pass instead of LINQ OrderBy/GroupBy: this runs for every code while a generation
    // opens (it was about 0.5 s of the server's start-up). Codes are unique, so unstable sorts give the same order.
    public ReleaseTable(CodeSystemId system, IReadOnlyCollection<MedicalCode> codes)
    {
        System = system;
        InOrder = [.. codes];
        Array.Sort(InOrder, static (a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.Code, b.Code));
        _sorted = [.. InOrder];
        SortByCode(_sorted);
        for (var i = 1; i < _sorted.Length; i++)
        {
            if (string.Equals(_sorted[i - 1].Code, _sorted[i].Code, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Code {_sorted[i].Code} appears twice in one release.", nameof(codes));
            }
        }
        var children = new Dictionary<string, List<MedicalCode>>(StringComparer.Ordinal);
        foreach (var c in InOrder)
        {
            if (c.ParentCode is not { } parent) continue;
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add(c);
        }
        _children = new Dictionary<string, MedicalCode[]>(children.Count, StringComparer.Ordinal);
        foreach (var (parent, list) in children) _children[parent] = [.. list];
    }

    // The official orders are nearly code order (ICD-10-PCS exactly; ICD-10-CM but for blocks like C4A after C49):
    // an insertion sort finishes in about one pass. Input that needs too many moves gets a full sort instead.
    private static void SortByCode(MedicalCode[] codes)
    {
        var budget = 8L * codes.Length;
        for (var i = 1; i < codes.Length; i++)
        {
            var item = codes[i];
            var j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(codes[j].Code, item.Code) > 0 && budget-- > 0; j--) codes[j + 1] = codes[j];
            codes[j + 1] = item;
            if (budget <= 0)
            {
                Array.Sort(codes.Select(c => c.Code).ToArray(), codes, StringComparer.Ordinal);
                return;
            }
        }
    }

    /// <summary>One table per release of <paramref name="codes"/>, keyed by <see cref="LuceneSchema.ReleaseKeyOf"/>.</summary>
    public static Dictionary<string, ReleaseTable> ByRelease(IEnumerable<MedicalCode> codes)
    {
        var groups = new Dictionary<(CodeSystemId, string), List<MedicalCode>>();
        foreach (var c in codes)
        {
            if (!groups.TryGetValue((c.System, c.ReleaseId), out var list)) groups[(c.System, c.ReleaseId)] = list = [];
            list.Add(c);
        }
        // One table per release, built side by side: this is on the path to SERVING when a generation opens.
        var releases = groups.ToArray();
        var tables = new ReleaseTable[releases.Length];
        try
        {
            Parallel.For(0, releases.Length, i => tables[i] = new ReleaseTable(releases[i].Key.Item1, releases[i].Value));
        }
        catch (AggregateException ex)
        {
            global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]); // as a single build throws it
        }
        var byKey = new Dictionary<string, ReleaseTable>(releases.Length, StringComparer.Ordinal);
        for (var i = 0; i < releases.Length; i++) byKey.Add(LuceneSchema.ReleaseKeyOf(releases[i].Key.Item1, releases[i].Key.Item2), tables[i]);
        return byKey;
    }

    public CodeSystemId System { get; }

    public int Count => _sorted.Length;

    /// <summary>Every entry in official order.</summary>
    public MedicalCode[] InOrder { get; }

    public MedicalCode? Find(string code)
    {
        var index = LowerBound(code);
        return index < _sorted.Length && string.Equals(_sorted[index].Code, code, StringComparison.Ordinal) ? _sorted[index] : null;
    }

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
