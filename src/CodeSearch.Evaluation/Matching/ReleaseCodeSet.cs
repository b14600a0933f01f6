using CodeSearch.Core;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Evaluation.Matching;

/// <summary>
/// The codes (billable and headers) of one served release, in <see cref="CodeKey"/> form: the valid-code test for
/// predictions and the "is this gold code still in the release" count (PCS gold may be a truncated prefix).
/// </summary>
public sealed class ReleaseCodeSet
{
    private readonly HashSet<string> _codes;
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    public ReleaseCodeSet(CodeSystemId system, string releaseId, IEnumerable<string> codes)
    {
        System = system;
        ReleaseId = releaseId;
        _codes = codes.Select(c => CodeKey.Normalize(system, c)).ToHashSet(StringComparer.Ordinal);
        foreach (var code in _codes)
        {
            for (var length = 1; length < code.Length; length++) _prefixes.Add(code[..length]);
        }
    }

    public CodeSystemId System { get; }
    public string ReleaseId { get; }

    /// <summary>The newest loaded release of <paramref name="system"/>, as a request without a date of service uses.</summary>
    public static ReleaseCodeSet Newest(ICodeIndex index, CodeSystemId system)
    {
        var release = ReleaseSelector.Select(index, system, null).Release;
        return new ReleaseCodeSet(system, release.ReleaseId, index.Codes(system, release.ReleaseId).Select(c => c.Code));
    }

    /// <summary>
    /// <see cref="Newest"/> per system, each built once: building one reads every code of the release, and the
    /// evaluators ask for a row's release on every row.
    /// </summary>
    public static Func<CodeSystemId, ReleaseCodeSet> NewestPerSystem(ICodeIndex index)
    {
        var built = new Dictionary<CodeSystemId, ReleaseCodeSet>();
        return system =>
        {
            lock (built)
            {
                return built.TryGetValue(system, out var set) ? set : built[system] = Newest(index, system);
            }
        };
    }

    /// <summary>True when the normalised code is a code or header of the release.</summary>
    public bool Contains(string normalizedCode) => _codes.Contains(normalizedCode);

    /// <summary>True when a gold code is in the release: the code itself, or (prefix rule) the start of one of its codes.</summary>
    public bool ContainsGold(string gold, MatchRule rule)
    {
        var key = CodeKey.Normalize(System, gold);
        return _codes.Contains(key) || (rule == MatchRule.Prefix && _prefixes.Contains(key));
    }
}
