using System.Collections.Concurrent;
using CodeSearch.Core.Reference;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>
/// The ICD-10-CM Neoplasm Table of the served reference material, compiled for one release's dictionary: site rows
/// by stem, and each cell resolved to a code of the release. A cell printed with a dash ("C79.7-") is completed from
/// the release's codes under it: the code for the stated side ("right", "left", "bilateral"), else the one that
/// names no side ("unspecified adrenal gland"); never a guessed side. Where the remaining choice is not about side
/// (C79.5-: bone or marrow) the first code in official order is taken; where codes for one side still differ in
/// another axis (C50.91-/C50.92-: female or male breast) their common parent code is given. Immutable once built.
/// </summary>
public sealed class NeoplasmTable
{
    // Site rows with these stems are not sites a note names ("unknown site or unspecified", "metastatic NEC").
    private static readonly HashSet<string> NotSites = new(["site", "unknown", "unspecifi", "specifi", "metastat", "malign",
        "transplant"], StringComparer.Ordinal);

    private const int MaxVariants = 16;

    private readonly Dictionary<string, int[]> _byStem;
    private readonly TermDictionary _dictionary;
    private readonly string[] _sorted;
    private readonly int[] _sortedPositions;
    private readonly ConcurrentDictionary<(string Prefix, Side Side), int> _resolved = new();

    private readonly Dictionary<string, NeoplasmMorphology> _morphologies;

    private NeoplasmTable(IReadOnlyList<NeoplasmSite> sites, TermDictionary dictionary, Dictionary<string, NeoplasmMorphology> morphologies)
    {
        Sites = sites;
        _morphologies = morphologies;
        _dictionary = dictionary;
        _byStem = sites.SelectMany((s, i) => s.Stems.Select(stem => (stem, i))).GroupBy(x => x.stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).Distinct().ToArray(), StringComparer.Ordinal);
        var order = Enumerable.Range(0, dictionary.Codes.Length).OrderBy(i => dictionary.Codes[i].Code, StringComparer.Ordinal).ToArray();
        _sorted = order.Select(i => dictionary.Codes[i].Code).ToArray();
        _sortedPositions = order;
    }

    /// <summary>The site rows, in table order.</summary>
    public IReadOnlyList<NeoplasmSite> Sites { get; }

    /// <summary>The dictionary whose codes the cells resolve to.</summary>
    public TermDictionary Dictionary => _dictionary;

    /// <summary>Compiles the Neoplasm Table entries of <paramref name="data"/> (none: an empty table).</summary>
    public static NeoplasmTable Build(ReferenceData data, TermDictionary dictionary)
    {
        var entries = data.Entries;
        // A one-off scan of every entry: read without keeping them when the list decodes on read (a stored
        // generation's), or its indexer would keep all of them for the generation's lifetime (docs/operations.md#memory).
        var encoded = entries as IEncodedEntries;
        AlphabeticIndexEntry Read(int i) => encoded?.Peek(i) ?? entries[i];
        var sites = new List<NeoplasmSite>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pointers = new List<AlphabeticIndexEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = Read(i);
            if (entry is { Index: AlphabeticIndexKind.Diseases, Level: 0 } && (entry.See ?? entry.SeeAlso) is not null) pointers.Add(entry);
            if (entry.Index != AlphabeticIndexKind.Neoplasms || entry.Level == 0 || entry.Path.Count < 2) continue;
            var cells = Cells(entry);
            if (cells is null && i < data.SeeTargets.Count && data.SeeTargets[i] is var target && target >= 0
                && Read(target) is { Index: AlphabeticIndexKind.Neoplasms } seeTarget)
            {
                cells = Cells(seeTarget);
            }
            if (cells is null) continue;
            var title = string.Join(" › ", entry.Path.Skip(1));
            foreach (var stems in Variants(entry.Path.Skip(1).ToList()))
            {
                if (stems.Length == 0 || stems.Any(NotSites.Contains)) continue;
                if (!seen.Add(string.Join(' ', stems))) continue;
                sites.Add(new NeoplasmSite(stems, title, entry.Level, cells, sites.Count));
            }
        }
        return new NeoplasmTable(sites, dictionary, Morphologies(pointers, sites));
    }

    // The Alphabetic Index's pointers to the table ("Sarcoma: see also Neoplasm, connective tissue, malignant"), by the
    // main term's stem; the first of a stem wins. A pointer's site is the level-1 row with the same wording.
    private static Dictionary<string, NeoplasmMorphology> Morphologies(List<AlphabeticIndexEntry> pointers, List<NeoplasmSite> sites)
    {
        var byKey = new Dictionary<string, NeoplasmSite>(StringComparer.Ordinal);
        foreach (var site in sites.Where(s => s.Level == 1)) byKey.TryAdd(string.Join(' ', site.Stems), site);
        var found = new Dictionary<string, NeoplasmMorphology>(StringComparer.Ordinal);
        if (sites.Count == 0) return found;
        foreach (var entry in pointers)
        {
            if (NeoplasmMorphologies.Read(entry, key => byKey.GetValueOrDefault(key)) is { } morphology) found.TryAdd(morphology.Stem, morphology);
        }
        return found;
    }

    /// <summary>The Alphabetic Index morphology with this stem that points to the table, or null.</summary>
    public NeoplasmMorphology? MorphologyOf(string stem) => _morphologies.GetValueOrDefault(stem);

    /// <summary>How many morphologies of the Alphabetic Index point to the table.</summary>
    public int MorphologyCount => _morphologies.Count;

    /// <summary>Site rows holding <paramref name="stem"/>.</summary>
    public IEnumerable<NeoplasmSite> SitesWith(string stem) =>
        _byStem.TryGetValue(stem, out var found) ? found.Select(i => Sites[i]) : [];

    /// <summary>The dictionary position of the code in <paramref name="behaviour"/>'s column for the site on
    /// <paramref name="side"/>, or -1 when the column is empty or names no code of the release.</summary>
    public int Resolve(NeoplasmSite site, NeoplasmBehaviour behaviour, Side side)
    {
        var cell = site.Cells[(int)behaviour];
        if (cell is null) return -1;
        if (!cell.EndsWith('-')) return _dictionary.PositionOf(cell);
        return _resolved.GetOrAdd((cell.TrimEnd('-'), side), key => Complete(key.Prefix, key.Side));
    }

    private int Complete(string prefix, Side side)
    {
        var under = Under(prefix).Where(p => _dictionary.Codes[p].Billable).OrderBy(p => _dictionary.Codes[p].Order).ToList();
        if (under.Count == 0) return _dictionary.PositionOf(prefix);
        if (!under.Any(p => SideOf(p) != Side.None)) return under[0];
        var pick = under.Where(p => SideOf(p) == side).ToList();
        if (pick.Count == 0) return side == Side.None ? _dictionary.PositionOf(prefix) : Complete(prefix, Side.None);
        if (pick.Count == 1) return pick[0];
        var common = pick.Select(p => _dictionary.Codes[p].Code).Aggregate(CommonPrefix);
        var at = common.Length > prefix.Length ? _dictionary.PositionOf(common) : -1;
        return at >= 0 ? at : _dictionary.PositionOf(prefix);
    }

    private IEnumerable<int> Under(string prefix)
    {
        var start = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        if (start < 0) start = ~start;
        for (var i = start; i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (_sorted[i].Length > prefix.Length) yield return _sortedPositions[i];
        }
    }

    private Side SideOf(int position)
    {
        var words = WordSplitter.Words(_dictionary.Codes[position].Description);
        return words.Contains("bilateral") ? Side.Bilateral : words.Contains("right") ? Side.Right : words.Contains("left") ? Side.Left : Side.None;
    }

    private static string CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return a[..n];
    }

    // The cells by column; null when no column names a code.
    private static string?[]? Cells(AlphabeticIndexEntry entry)
    {
        var cells = new string?[6];
        foreach (var cell in entry.Cells)
        {
            var code = cell.Code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
            if (code.Length < 3 || !char.IsAsciiLetter(code[0])) continue;
            var column = Column(cell.Column);
            if (column >= 0) cells[column] = code;
        }
        return cells.Any(c => c is not null) ? cells : null;
    }

    private static int Column(string heading)
    {
        var h = heading.ToLowerInvariant();
        return h.Contains("primary") ? 0 : h.Contains("secondary") ? 1 : h.Contains("situ") ? 2 : h.Contains("benign") ? 3
            : h.Contains("uncertain") ? 4 : h.Contains("unspecified") ? 5 : -1;
    }

    // The stem sets a path can be written with: a title like "abdomen, abdominal" lists spellings of one site (the
    // parts share their first four letters); "calyx, renal" is an inverted phrase whose words are all required.
    private static IEnumerable<string[]> Variants(IReadOnlyList<string> titles)
    {
        IEnumerable<IEnumerable<string>> combos = [[]];
        foreach (var title in titles)
        {
            var parts = title.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var spellings = parts.Length > 1 && parts.All(p => p.Length >= 4 && string.Compare(p, 0, parts[0], 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
                ? parts.Select(Stems).ToList()
                : [Stems(title)];
            combos = combos.SelectMany(c => spellings.Select(s => c.Concat(s))).Take(MaxVariants).ToList();
        }
        return combos.Select(c => c.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
    }

    private static string[] Stems(string text) =>
        WordSplitter.Words(text).Where(w => !StopWords.Contains(w) && w is not ("nec" or "nos")).Select(Stemmer.Stem).ToArray();
}
